import type { QueryResolvers } from '../../__generated__/resolvers-types.js';
import { searchableText } from '../../domain/text-normalisation.js';
import { loadNode, nodeConnection } from './node-access.js';

const ASC = 'ASC';
const CONCEPT_SORT = { LABEL: 'prefLabelNl', PASSAGE_COUNT: 'passageCount' } as const;

/** Entry points to the ingested text and the lexicon: lookups by slug and filtered lists. */
export const KnowledgeQuery: QueryResolvers = {
  section: (_, { slug }, context) => loadNode(context, 'Section', slug),
  passage: (_, { slug }, context) => loadNode(context, 'Passage', slug),
  passages: (_, { document, ...page }, context) =>
    nodeConnection(
      context,
      { label: 'Passage', sortBy: 'readingKey', direction: ASC, filter: { document } },
      page,
    ),
  concept: (_, { slug }, context) => loadNode(context, 'Concept', slug),
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
  theme: (_, { slug }, context) => loadNode(context, 'Theme', slug),
  themes: (_, page, context) =>
    nodeConnection(context, { label: 'Theme', sortBy: 'labelNl', direction: ASC }, page),
  instrument: (_, { slug }, context) => loadNode(context, 'PolicyInstrument', slug),
  instruments: (_, { horizon, theme, ...page }, context) =>
    nodeConnection(
      context,
      { label: 'PolicyInstrument', sortBy: 'name', direction: ASC, filter: { horizon, theme } },
      page,
    ),
  region: (_, { slug }, context) => loadNode(context, 'Region', slug),
  regions: (_, { kind, ...page }, context) =>
    nodeConnection(
      context,
      { label: 'Region', sortBy: 'name', direction: ASC, filter: { kind: kind?.toLowerCase() } },
      page,
    ),
  regulation: (_, { slug }, context) => loadNode(context, 'Regulation', slug),
  regulations: (_, page, context) =>
    nodeConnection(context, { label: 'Regulation', sortBy: 'name', direction: ASC }, page),
  finding: (_, { slug }, context) => loadNode(context, 'Finding', slug),
  findings: (_, { kind, essay, concept, ...page }, context) =>
    nodeConnection(
      context,
      { label: 'Finding', sortBy: 'slug', direction: ASC, filter: { kind, essay, concept } },
      page,
    ),
};
