import type { QueryResolvers } from '../../__generated__/resolvers-types.js';
import { DOCUMENT_LABELS, type NodeLabel } from '../../domain/graph-model.js';
import { searchableText } from '../../domain/text-normalisation.js';
import type { RequestContext } from '../../context.js';
import { lookup, namedNode, nodeConnection } from './node-access.js';

const ASC = 'ASC';
const CONCEPT_SORT = { LABEL: 'sortKey', PASSAGE_COUNT: 'passageCount' } as const;

/** The slug of the node a filter names, or undefined for no filter. */
async function filterSlug(
  context: RequestContext,
  labels: readonly NodeLabel[],
  argument: string,
  value: string | null | undefined,
): Promise<string | undefined> {
  return value == null ? undefined : (await namedNode(context, labels, argument, value)).slug;
}

/** Entry points to the ingested text and the lexicon: lookups and filtered lists. */
export const KnowledgeQuery: QueryResolvers = {
  section: (_, args, context, info) => lookup(context, 'Section', args, info),
  passage: (_, args, context, info) => lookup(context, 'Passage', args, info),
  passages: async (_, { document, ...page }, context, info) =>
    nodeConnection(
      context,
      {
        label: 'Passage',
        sortBy: 'readingKey',
        direction: ASC,
        filter: { document: await filterSlug(context, DOCUMENT_LABELS, 'document', document) },
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
  instruments: async (_, { horizon, theme, ...page }, context, info) =>
    nodeConnection(
      context,
      {
        label: 'PolicyInstrument',
        sortBy: 'sortKey',
        direction: ASC,
        filter: { horizon, theme: await filterSlug(context, ['Theme'], 'theme', theme) },
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
  findings: async (_, { kind, document, concept, ...page }, context, info) =>
    nodeConnection(
      context,
      {
        label: 'Finding',
        sortBy: 'slug',
        direction: ASC,
        filter: {
          kind,
          document: await filterSlug(context, DOCUMENT_LABELS, 'document', document),
          concept: await filterSlug(context, ['Concept'], 'concept', concept),
        },
      },
      page,
      info,
    ),
};
