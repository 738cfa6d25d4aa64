/**
 * What two bridged nodes share: concepts and regions with each side's passages and findings, the
 * authors of both, the findings about both, and the paths between them.
 */
import type {
  BridgeResolvers,
  SharedConceptResolvers,
  SharedRegionResolvers,
} from '../../__generated__/resolvers-types.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { BridgeModel, SharedEntityModel, SharedLabel } from '../../domain/analysis-models.js';
import { sharedBetween } from '../../domain/bridge.js';
import { isOneOf, SUBJECT_LABELS } from '../../domain/graph-model.js';
import type { AnyNodeModel, PersonModel } from '../../domain/models.js';
import type { RequestContext } from '../../context.js';
import { integerArgument } from '../arguments.js';
import { MAX_PAGE_SIZE } from '../connection.js';
import { largestFirst } from '../look-ahead/selection.js';
import { neighbourNodes } from './node-access.js';

export const Bridge: BridgeResolvers = {
  sharedConcepts: (bridge, { first }, context, info) =>
    sharedEntities(context, 'Concept', bridge, first, info),
  sharedRegions: (bridge, { first }, context, info) =>
    sharedEntities(context, 'Region', bridge, first, info),
  sharedAuthors: async (bridge, _, context) => {
    const [authorsA, authorsB] = await Promise.all([
      authorsOf(context, bridge.a),
      authorsOf(context, bridge.b),
    ]);
    return sharedBetween(authorsA, authorsB);
  },
  sharedFindings: (bridge, { first }, context) => {
    const limit = integerArgument('first', first, 1, MAX_PAGE_SIZE);
    const { a, b } = bridge;
    return isOneOf(SUBJECT_LABELS, a.label) && isOneOf(SUBJECT_LABELS, b.label)
      ? context.analysis.findingsAboutBoth(
          { label: a.label, slug: a.slug },
          { label: b.label, slug: b.slug },
          limit,
        )
      : [];
  },
  paths: (bridge, { maxLength, first, passageBackedOnly }, context) =>
    context.traversal.shortestPaths(
      bridge.a,
      bridge.b,
      integerArgument('maxLength', maxLength, 1, 6),
      integerArgument('first', first, 1, 5),
      passageBackedOnly,
    ),
};

/** The fields a shared concept and a shared region have alike. */
function sharedEntityFields<L extends SharedLabel>(label: L) {
  const findings = (
    shared: SharedEntityModel<L>,
    side: 'a' | 'b',
    first: number,
    context: RequestContext,
  ) =>
    context.loaders
      .bridgeFindings(label, shared.bridge[side], integerArgument('first', first, 1, MAX_PAGE_SIZE))
      .load(shared.entity.slug);
  return {
    passagesA: (shared: SharedEntityModel<L>, { first }: { first: number }) =>
      shared.passagesA.slice(0, integerArgument('first', first, 1, MAX_PAGE_SIZE)),
    passagesB: (shared: SharedEntityModel<L>, { first }: { first: number }) =>
      shared.passagesB.slice(0, integerArgument('first', first, 1, MAX_PAGE_SIZE)),
    findingsA: (
      shared: SharedEntityModel<L>,
      { first }: { first: number },
      context: RequestContext,
    ) => findings(shared, 'a', first, context),
    findingsB: (
      shared: SharedEntityModel<L>,
      { first }: { first: number },
      context: RequestContext,
    ) => findings(shared, 'b', first, context),
  };
}

export const SharedConcept: SharedConceptResolvers = {
  concept: (shared) => shared.entity,
  ...sharedEntityFields('Concept'),
};

export const SharedRegion: SharedRegionResolvers = {
  region: (shared) => shared.entity,
  ...sharedEntityFields('Region'),
};

/** The entities of `label` both sides mention, each with its passages on either side. */
async function sharedEntities<L extends SharedLabel>(
  context: RequestContext,
  label: L,
  bridge: BridgeModel,
  first: number,
  info: GraphQLResolveInfo,
): Promise<SharedEntityModel<L>[]> {
  // A side's passages are read with the entities, as many as the largest page asked of them.
  const pageOf = (side: 'passagesA' | 'passagesB') =>
    Math.min(largestFirst(info, side) ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  const shared = await context.analysis.sharedEntities(
    label,
    bridge.a,
    bridge.b,
    integerArgument('first', first, 1, MAX_PAGE_SIZE),
    { a: pageOf('passagesA'), b: pageOf('passagesB') },
  );
  return shared.map((entity) => ({ ...entity, bridge }));
}

/** The people who wrote a document, or the essays of a project. */
async function authorsOf(context: RequestContext, node: AnyNodeModel): Promise<PersonModel[]> {
  switch (node.label) {
    case 'Essay':
      return neighbourNodes(context, 'Essay<-AUTHORED', node.slug);
    case 'Preface':
      return neighbourNodes(context, 'Preface<-WROTE', node.slug);
    case 'Project': {
      const essays = await neighbourNodes(context, 'Project<-OUTPUT_OF', node.slug);
      const authors = await Promise.all(
        essays.map((essay) => neighbourNodes(context, 'Essay<-AUTHORED', essay.slug)),
      );
      return authors.flat();
    }
    default:
      return [];
  }
}
