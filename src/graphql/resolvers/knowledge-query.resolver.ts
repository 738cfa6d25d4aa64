import type { QueryResolvers } from '../../__generated__/resolvers-types.js';
import { loadNode, nodeConnection } from './node-access.js';

const ASC = 'ASC';

/** Entry points to the ingested text and the lexicon: lookups by slug and filtered lists. */
export const KnowledgeQuery: QueryResolvers = {
  section: (_, { slug }, context) => loadNode(context, 'Section', slug),
  passage: (_, { slug }, context) => loadNode(context, 'Passage', slug),
  passages: (_, { document, ...page }, context) =>
    nodeConnection(
      context,
      { label: 'Passage', sortBy: 'ordinal', direction: ASC, filter: { document } },
      page,
    ),
  concept: (_, { slug }, context) => loadNode(context, 'Concept', slug),
  concepts: (_, page, context) =>
    nodeConnection(context, { label: 'Concept', sortBy: 'prefLabelNl', direction: ASC }, page),
  theme: (_, { slug }, context) => loadNode(context, 'Theme', slug),
  themes: (_, page, context) =>
    nodeConnection(context, { label: 'Theme', sortBy: 'labelNl', direction: ASC }, page),
  instrument: (_, { slug }, context) => loadNode(context, 'PolicyInstrument', slug),
  instruments: (_, { horizon, ...page }, context) =>
    nodeConnection(
      context,
      { label: 'PolicyInstrument', sortBy: 'name', direction: ASC, filter: { horizon } },
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
  findings: (_, { kind, ...page }, context) =>
    nodeConnection(
      context,
      { label: 'Finding', sortBy: 'slug', direction: ASC, filter: { kind } },
      page,
    ),
};
