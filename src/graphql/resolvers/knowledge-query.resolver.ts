import type { QueryResolvers } from '../../__generated__/resolvers-types.js';
import { DOCUMENT_LABELS, type NodeLabel } from '../../domain/graph-model.js';
import { searchableText } from '../../domain/text-normalisation.js';
import { lookup, nodeConnection, type NamedFilter } from './node-access.js';

const ASC = 'ASC';
const CONCEPT_SORT = { LABEL: 'sortKey', PASSAGE_COUNT: 'passageCount' } as const;

/** A filter naming a node of `labels`, or undefined for no filter. */
function named(
  labels: readonly NodeLabel[],
  argument: string,
  value: string | null | undefined,
): NamedFilter | undefined {
  return value == null ? undefined : { labels, argument, value };
}

/** Entry points to the ingested text and the lexicon: lookups and filtered lists. */
export const KnowledgeQuery: QueryResolvers = {
  section: (_, args, context, info) => lookup(context, 'Section', args, info),
  passage: (_, args, context, info) => lookup(context, 'Passage', args, info),
  passages: (_, { document, ...page }, context, info) =>
    nodeConnection(
      context,
      {
        label: 'Passage',
        sortBy: 'readingKey',
        direction: ASC,
        filter: { document: named(DOCUMENT_LABELS, 'document', document) },
      },
      page,
      info,
    ),
  concept: (_, args, context, info) => lookup(context, 'Concept', args, info),
  concepts: (_, { labelPrefix, orderBy, ...page }, context, info) =>
    nodeConnection(
      context,
      {
        label: 'Concept',
        sortBy: CONCEPT_SORT[orderBy.field],
        direction: orderBy.direction,
        // A prefix with no letters or digits filters nothing out, like an absent one.
        filter: { labelPrefix: labelPrefix ? searchableText(labelPrefix) || null : null },
      },
      page,
      info,
    ),
  theme: (_, args, context, info) => lookup(context, 'Theme', args, info),
  themes: (_, page, context, info) =>
    nodeConnection(context, { label: 'Theme', sortBy: 'sortKey', direction: ASC }, page, info),
  instrument: (_, args, context, info) => lookup(context, 'PolicyInstrument', args, info),
  instruments: (_, { horizon, theme, ...page }, context, info) =>
    nodeConnection(
      context,
      {
        label: 'PolicyInstrument',
        sortBy: 'sortKey',
        direction: ASC,
        filter: { horizon, theme: named(['Theme'], 'theme', theme) },
      },
      page,
      info,
    ),
  region: (_, args, context, info) => lookup(context, 'Region', args, info),
  regions: (_, { kind, ...page }, context, info) =>
    nodeConnection(
      context,
      { label: 'Region', sortBy: 'sortKey', direction: ASC, filter: { kind: kind?.toLowerCase() } },
      page,
      info,
    ),
  regulation: (_, args, context, info) => lookup(context, 'Regulation', args, info),
  regulations: (_, page, context, info) =>
    nodeConnection(context, { label: 'Regulation', sortBy: 'sortKey', direction: ASC }, page, info),
  finding: (_, args, context, info) => lookup(context, 'Finding', args, info),
  findings: (_, { kind, document, concept, ...page }, context, info) =>
    nodeConnection(
      context,
      {
        label: 'Finding',
        sortBy: 'slug',
        direction: ASC,
        filter: {
          kind,
          document: named(DOCUMENT_LABELS, 'document', document),
          concept: named(['Concept'], 'concept', concept),
        },
      },
      page,
      info,
    ),
};
