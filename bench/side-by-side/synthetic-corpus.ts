/**
 * A synthetic corpus shaped like ours, for the larger tiers of the side-by-side benchmark: the
 * seed's text layer (its documents, sections, passages, tables and findings) copied many times
 * under new slugs, every copy linked to the one shared lexicon and catalogue. Mentions thus keep
 * the corpus's own skew, at a multiple of its degree: the concepts the essay discusses most are
 * the hubs, and a person's or a concept's neighbourhood grows with the tier. Deterministic: the
 * same seed and tier give the same graph. Copy 0 keeps the seed's slugs, so every question the
 * benchmark asks of the seed graph has an answer at every tier.
 */
import type { NodeLabel } from '../../src/domain/graph-model.js';
import type {
  GraphBatch,
  NodeRow,
  Properties,
  PropertyValue,
  RelationshipGroup,
} from '../../seed/pipeline/graph-batch.js';

/** Copies of the text layer per tier: about 10k nodes / 50k links (S), 300k / 1.5M (M). */
export const TIER_COPIES = { S: 45, M: 1350 } as const;

export type Tier = keyof typeof TIER_COPIES;

const COPIED_LABELS: readonly NodeLabel[] = [
  'Essay',
  'Preface',
  'Section',
  'Passage',
  'Table',
  'Finding',
];

/** What mentions count: multiplied with the passages that make them. */
const MENTION_COUNTED = 'passageCount';

export function syntheticCorpus(seed: GraphBatch, copies: number): GraphBatch {
  const documents = ['Essay', 'Preface'].flatMap((label) =>
    (seed.nodes.get(label as NodeLabel) ?? []).map((row) => row.slug),
  );
  const copied = new Set(
    COPIED_LABELS.flatMap((label) =>
      (seed.nodes.get(label) ?? []).map((row) => `${label}|${row.slug}`),
    ),
  );
  /** A copied node's slug in copy `copy`: the document's part of it renamed, else a suffix. */
  const slugIn = (slug: string, copy: number) =>
    renamed(slug, copy, documents) ?? `${slug}--s${copy}`;
  /** Text that names a copied document or its parts, as copy `copy` names them. */
  const textIn = (value: PropertyValue, copy: number): PropertyValue => {
    if (typeof value === 'string') return renamed(value, copy, documents) ?? value;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      return value.map((item: string) => renamed(item, copy, documents) ?? item);
    }
    return value;
  };
  const propertiesIn = (properties: Properties, copy: number): Properties =>
    Object.fromEntries(
      Object.entries(properties).map(([key, value]) => [key, textIn(value, copy)]),
    );

  const nodes = new Map<NodeLabel, NodeRow[]>();
  for (const [label, rows] of seed.nodes) {
    if (!COPIED_LABELS.includes(label)) {
      nodes.set(
        label,
        rows.map((row) => {
          const counted = row.properties[MENTION_COUNTED];
          return typeof counted === 'number'
            ? { ...row, properties: { ...row.properties, [MENTION_COUNTED]: counted * copies } }
            : row;
        }),
      );
      continue;
    }
    nodes.set(
      label,
      range(copies).flatMap((copy) =>
        rows.map((row) => {
          const slug = copy === 0 ? row.slug : slugIn(row.slug, copy);
          const properties = copy === 0 ? row.properties : propertiesIn(row.properties, copy);
          return { slug, properties: 'slug' in properties ? { ...properties, slug } : properties };
        }),
      ),
    );
  }

  const relationships: RelationshipGroup[] = seed.relationships.map((group) => ({
    ...group,
    rows: group.rows.flatMap((row) => {
      const fromCopied = copied.has(`${group.from}|${row.from}`);
      const toCopied = copied.has(`${group.to}|${row.to}`);
      if (!fromCopied && !toCopied) return [row];
      return range(copies).map((copy) =>
        copy === 0
          ? row
          : {
              from: fromCopied ? slugIn(row.from, copy) : row.from,
              to: toCopied ? slugIn(row.to, copy) : row.to,
              properties: propertiesIn(row.properties, copy),
            },
      );
    }),
  }));
  return { nodes, relationships };
}

/** `text` with the document slug it starts with renamed for copy `copy`; null when none. */
function renamed(text: string, copy: number, documents: readonly string[]): string | null {
  if (copy === 0) return text;
  const document = documents.find(
    (slug) => text === slug || text.startsWith(`${slug}-`) || text.startsWith(`${slug}:`),
  );
  return document === undefined ? null : `${document}--s${copy}${text.slice(document.length)}`;
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}

/** Nodes and relationships of a batch: what loading it writes. */
export function batchSize(batch: GraphBatch): { nodes: number; relationships: number } {
  return {
    nodes: [...batch.nodes.values()].reduce((sum, rows) => sum + rows.length, 0),
    relationships: batch.relationships.reduce((sum, group) => sum + group.rows.length, 0),
  };
}
