/**
 * Constraints and indexes of the graph. Applied at every start before anything reads or writes;
 * each statement is idempotent (`IF NOT EXISTS`).
 */
import { CURATED_LABEL_TEXT } from '../domain/curation.js';
import { NODE_LABELS, SEARCHABLE_LABELS, SEED_RUN_LABEL } from '../domain/graph-model.js';
import type { Neo4jGateway } from '../neo4j/gateway.js';

export const SEARCH_INDEX = 'kks_search';
export const LABEL_INDEX = 'kks_labels';

const FULLTEXT_OPTIONS = (analyzer: string) =>
  `OPTIONS { indexConfig: { \`fulltext.analyzer\`: '${analyzer}', \`fulltext.eventually_consistent\`: false } }`;

export const GRAPH_SCHEMA_STATEMENTS: readonly string[] = [
  ...[...NODE_LABELS, SEED_RUN_LABEL].map(
    (label) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_slug IF NOT EXISTS FOR (n:${label}) REQUIRE n.slug IS UNIQUE`,
  ),
  // searchText is already normalised (no case, accents or apostrophes); the Dutch analyzer adds
  // stemming and stop words, so "regionale" finds "regio's" and "arbeidsmarkten" "arbeidsmarkt".
  `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS
   FOR (n:${SEARCHABLE_LABELS.join('|')}) ON EACH [n.searchText, n.${CURATED_LABEL_TEXT}] ${FULLTEXT_OPTIONS('dutch')}`,
  // Labels only, unstemmed, for prefix (typeahead) queries.
  `CREATE FULLTEXT INDEX ${LABEL_INDEX} IF NOT EXISTS
   FOR (n:${SEARCHABLE_LABELS.join('|')}) ON EACH [n.labelText, n.${CURATED_LABEL_TEXT}] ${FULLTEXT_OPTIONS('whitespace')}`,
  'CREATE INDEX passage_document IF NOT EXISTS FOR (n:Passage) ON (n.document, n.ordinal)',
];

export async function applyGraphSchema(gateway: Neo4jGateway): Promise<void> {
  for (const statement of GRAPH_SCHEMA_STATEMENTS) await gateway.administer(statement);
  await gateway.administer('CALL db.awaitIndexes(120)');
}
