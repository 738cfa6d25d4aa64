/**
 * Properties derived from what each node is called, added to a built graph batch: `sortKey`, the
 * Dutch collation key of its display name (lists order by it), and `nameKeys`, each of its names
 * normalised on its own (filters that take a name match them). Pure.
 */
import { collationKey } from '../../src/domain/collation.js';
import { DISPLAY_NAME, type NodeLabel } from '../../src/domain/graph-model.js';
import { searchableText } from '../../src/domain/text-normalisation.js';
import type { GraphBatch, NodeRow, PropertyValue } from './graph-batch.js';

/** The properties that hold a name of each label: display name, translations, alternatives. */
const NAME_PROPERTIES: Partial<Record<NodeLabel, readonly string[]>> = {
  Programme: ['name', 'acronym'],
  Project: ['title'],
  Essay: ['title'],
  Preface: ['title'],
  Person: ['name'],
  Organisation: ['name', 'nameEn', 'altLabelsNl', 'altLabelsEn'],
  Section: ['title'],
  Concept: ['prefLabelNl', 'prefLabelEn', 'altLabelsNl', 'altLabelsEn'],
  Theme: ['labelNl', 'labelEn', 'altLabelsNl', 'altLabelsEn'],
  PolicyInstrument: ['name', 'nameEn', 'altLabelsNl', 'altLabelsEn'],
  Region: ['name', 'nameEn', 'altLabelsNl', 'altLabelsEn'],
  Regulation: ['name', 'nameEn', 'altLabelsNl', 'altLabelsEn'],
  Table: ['caption'],
};

export function withDerivedNames(batch: GraphBatch): GraphBatch {
  return {
    ...batch,
    nodes: new Map(
      [...batch.nodes].map(([label, rows]) => [label, rows.map((row) => named(label, row))]),
    ),
  };
}

function named(label: NodeLabel, row: NodeRow): NodeRow {
  const display = (DISPLAY_NAME as Partial<Record<NodeLabel, string>>)[label];
  const names = (NAME_PROPERTIES[label] ?? []).flatMap((property) =>
    texts(row.properties[property]),
  );
  if (display === undefined && names.length === 0) return row;
  const displayName = display === undefined ? undefined : row.properties[display];
  return {
    ...row,
    properties: {
      ...row.properties,
      ...(typeof displayName === 'string' ? { sortKey: collationKey(displayName) } : {}),
      nameKeys: [...new Set(names.map((name) => searchableText(name)))].filter(Boolean),
    },
  };
}

function texts(value: PropertyValue | undefined): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}
