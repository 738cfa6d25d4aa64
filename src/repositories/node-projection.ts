/**
 * What a read returns of a node: its stored properties but the ones only the indexes and name
 * filters read (the full-text `searchText` holds every word of a passage again, with its word
 * forms), which no model maps. Returning them roughly doubled what a passage or finding costs to
 * send, decode and copy.
 */
import { CURATED_LABEL_TEXT, CURATED_NAME_KEYS } from '../domain/curation.js';

const INDEX_ONLY = ['searchText', 'labelText', 'nameKeys', CURATED_LABEL_TEXT, CURATED_NAME_KEYS];

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Cypher for the properties of the node `expression` names (a variable or, e.g., `endNode(r)`). */
export function nodeProperties(expression: string): string {
  const projection = (variable: string) =>
    `${variable} {.*, ${INDEX_ONLY.map((property) => `${property}: null`).join(', ')}}`;
  return IDENTIFIER.test(expression)
    ? projection(expression)
    : `head([node IN [${expression}] | ${projection('node')}])`;
}
