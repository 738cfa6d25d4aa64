/**
 * Constraints and indexes of the graph. Applied at every start before anything reads or writes;
 * each statement is idempotent (`IF NOT EXISTS`), and a full-text index whose definition has
 * changed since it was made (say, a label became searchable) is dropped first and made anew.
 */
import { CURATED_LABEL_TEXT } from '../domain/curation.js';
import {
  INDEXED_LISTS,
  LIST_ORDER,
  LIST_OWNER,
  NODE_LABELS,
  RELATIONSHIP_TYPE_NAMES,
  SEARCHABLE_LABELS,
  SEED_RUN_LABEL,
  type NodeLabel,
} from '../domain/graph-model.js';
import type { Neo4jGateway } from '../neo4j/gateway.js';
import { SORTABLE_PROPERTIES } from './node.repository.js';
import { text, textList } from './property-readers.js';

export const SEARCH_INDEX = 'kks_search';
export const LABEL_INDEX = 'kks_labels';

export interface FullTextIndex {
  readonly name: string;
  readonly labels: readonly string[];
  readonly properties: readonly string[];
  readonly analyzer: string;
}

export const FULLTEXT_INDEXES: readonly FullTextIndex[] = [
  // searchText is already normalised (no case, accents or apostrophes) and holds the extra word
  // forms of word-forms.ts; the Dutch analyzer adds stemming and stop words, so "arbeidsmarkten"
  // finds "arbeidsmarkt" and "banen" "baan".
  {
    name: SEARCH_INDEX,
    labels: SEARCHABLE_LABELS,
    properties: ['searchText', CURATED_LABEL_TEXT],
    analyzer: 'dutch',
  },
  // Labels only, unstemmed, for prefix (typeahead) queries.
  {
    name: LABEL_INDEX,
    labels: SEARCHABLE_LABELS,
    properties: ['labelText', CURATED_LABEL_TEXT],
    analyzer: 'whitespace',
  },
];

interface RangeIndex {
  readonly name: string;
  /** A node label, or a relationship type for an index on relationships. */
  readonly label: string;
  readonly of: 'nodes' | 'relationships';
  readonly properties: readonly string[];
}

/** The graph's range indexes besides its constraints'; applyGraphSchema drops any other. */
export const RANGE_INDEXES: readonly RangeIndex[] = [
  { name: 'passage_document', label: 'Passage', of: 'nodes', properties: ['document', 'ordinal'] },
  // Lists in index order: on the sort property and the slug that breaks its ties, so a page is
  // read in full order (a slug has its constraint's index).
  ...Object.entries(SORTABLE_PROPERTIES).flatMap(([label, properties]) =>
    properties
      .filter((property) => property !== 'slug')
      .map((property) => rangeIndex(label, property, 'slug')),
  ),
  // Filters of a list that tell apart kinds of one label, and counts of a kind.
  rangeIndex('Finding', 'kind'),
  rangeIndex('Project', 'kind'),
  rangeIndex('Region', 'kind'),
  // A page of a list that grows with the corpus, in order (see INDEXED_LISTS).
  ...Object.keys(INDEXED_LISTS).map((type) => ({
    ...rangeIndex(type, LIST_OWNER, LIST_ORDER),
    of: 'relationships' as const,
  })),
];

function rangeIndex(label: string, ...properties: string[]): RangeIndex {
  return { name: [label, ...properties].join('_').toLowerCase(), label, of: 'nodes', properties };
}

export const GRAPH_SCHEMA_STATEMENTS: readonly string[] = [
  ...[...NODE_LABELS, SEED_RUN_LABEL].map(
    (label) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_slug IF NOT EXISTS FOR (n:${label}) REQUIRE n.slug IS UNIQUE`,
  ),
  ...FULLTEXT_INDEXES.map(
    (index) =>
      `CREATE FULLTEXT INDEX ${index.name} IF NOT EXISTS
       FOR (n:${index.labels.join('|')}) ON EACH [${index.properties.map((property) => `n.${property}`).join(', ')}]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: '${index.analyzer}', \`fulltext.eventually_consistent\`: false } }`,
  ),
  ...RANGE_INDEXES.map(
    (index) =>
      `CREATE INDEX ${index.name} IF NOT EXISTS FOR ${index.of === 'nodes' ? `(n:${index.label})` : `()-[n:${index.label}]-()`} ON (${index.properties.map((property) => `n.${property}`).join(', ')})`,
  ),
];

export async function applyGraphSchema(gateway: Neo4jGateway): Promise<void> {
  const existing = await gateway.read(
    `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options
     RETURN name, labelsOrTypes AS labels, properties, options.indexConfig['fulltext.analyzer'] AS analyzer`,
  );
  const indexes = existing.map((row) => ({
    name: text(row, 'name', 'full-text index'),
    labels: textList(row, 'labels', 'full-text index'),
    properties: textList(row, 'properties', 'full-text index'),
    analyzer: text(row, 'analyzer', 'full-text index'),
  }));
  for (const name of changedFullTextIndexes(indexes)) {
    await gateway.administer(`DROP INDEX ${name} IF EXISTS`);
  }
  // An index an earlier version made and this one does not (e.g. on a sort property alone, where
  // the sort property and the slug now serve) could still be planned for a list and sort its ties.
  const rangeIndexes = await gateway.read(
    `SHOW RANGE INDEXES YIELD name, labelsOrTypes, owningConstraint
     WHERE owningConstraint IS NULL RETURN name, labelsOrTypes AS labels`,
  );
  const superseded = supersededRangeIndexes(
    rangeIndexes.map((row) => ({
      name: text(row, 'name', 'range index'),
      labels: textList(row, 'labels', 'range index'),
    })),
  );
  for (const name of superseded) await gateway.administer(`DROP INDEX ${name} IF EXISTS`);
  for (const statement of GRAPH_SCHEMA_STATEMENTS) await gateway.administer(statement);
  await gateway.administer('CALL db.awaitIndexes(120)');
}

/** Names of our full-text indexes that exist with another definition than FULLTEXT_INDEXES'. */
export function changedFullTextIndexes(existing: readonly FullTextIndex[]): string[] {
  const sameSet = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((item) => b.includes(item));
  return existing
    .filter((index) => {
      const wanted = FULLTEXT_INDEXES.find((candidate) => candidate.name === index.name);
      return (
        wanted !== undefined &&
        !(
          sameSet(wanted.labels, index.labels) &&
          sameSet(wanted.properties, index.properties) &&
          wanted.analyzer === index.analyzer
        )
      );
    })
    .map((index) => index.name);
}

/**
 * Names of our range indexes (not a constraint's) that RANGE_INDEXES no longer has. Ours are named
 * after the node label or relationship type they index, as RANGE_INDEXES names them; an index
 * named otherwise is left alone, since someone else made it.
 */
export function supersededRangeIndexes(
  existing: readonly { readonly name: string; readonly labels: readonly string[] }[],
): string[] {
  const wanted = new Set(RANGE_INDEXES.map((index) => index.name));
  return existing
    .filter(
      ({ name, labels }) =>
        !wanted.has(name) &&
        labels.some(
          (label) =>
            [...NODE_LABELS, ...RELATIONSHIP_TYPE_NAMES].includes(label as NodeLabel) &&
            name.startsWith(`${label.toLowerCase()}_`),
        ),
    )
    .map(({ name }) => name);
}
