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
  section: (_, args, context) => lookup(context, 'Section', args),
  passage: (_, args, context) => lookup(context, 'Passage', args),
  passages: async (_, { document, ...page }, context) =>
    nodeConnection(
      context,
      {
        label: 'Passage',
        sortBy: 'readingKey',
        direction: ASC,
        filter: { document: await filterSlug(context, DOCUMENT_LABELS, 'document', document) },
      },
      page,
    ),
  concept: (_, args, context) => lookup(context, 'Concept', args),
  concepts: (_, { labelPrefix, orderBy, ...page }, context) =>
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
    ),
  theme: (_, args, context) => lookup(context, 'Theme', args),
  themes: (_, page, context) =>
    nodeConnection(context, { label: 'Theme', sortBy: 'sortKey', direction: ASC }, page),
  instrument: (_, args, context) => lookup(context, 'PolicyInstrument', args),
  instruments: async (_, { horizon, theme, ...page }, context) =>
    nodeConnection(
      context,
      {
        label: 'PolicyInstrument',
        sortBy: 'sortKey',
        direction: ASC,
        filter: { horizon, theme: await filterSlug(context, ['Theme'], 'theme', theme) },
      },
      page,
    ),
  region: (_, args, context) => lookup(context, 'Region', args),
  regions: (_, { kind, ...page }, context) =>
    nodeConnection(
      context,
      { label: 'Region', sortBy: 'sortKey', direction: ASC, filter: { kind: kind?.toLowerCase() } },
      page,
    ),
  regulation: (_, args, context) => lookup(context, 'Regulation', args),
  regulations: (_, page, context) =>
    nodeConnection(context, { label: 'Regulation', sortBy: 'sortKey', direction: ASC }, page),
  finding: (_, args, context) => lookup(context, 'Finding', args),
  findings: async (_, { kind, document, concept, ...page }, context) =>
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
    ),
};
