import type { MutationResolvers } from '../../__generated__/resolvers-types.js';
import type { RequestContext } from '../../context.js';
import { requireCurator } from '../../domain/curator.js';
import { conceptLabel, findingDraft, slugOf, subjectRef } from '../curation-input.js';

/**
 * Curated writes. Each resolver checks the curator first, so a request without a valid key learns
 * nothing about its arguments, then the arguments, then hands one transaction to the repository.
 */
export const Mutation: MutationResolvers = {
  addFinding: (_, { input }, context) => {
    const curator = requireCurator(context.viewer);
    return written(context, context.curation.addFinding(curator, findingDraft(input)));
  },
  linkEntity: (_, { finding, entity }, context) => {
    const curator = requireCurator(context.viewer);
    const [findingSlug, subject] = [
      slugOf(finding, 'Finding', 'finding'),
      subjectRef(entity, 'entity'),
    ];
    return written(context, context.curation.linkEntity(curator, findingSlug, subject));
  },
  unlinkEntity: (_, { finding, entity }, context) => {
    const curator = requireCurator(context.viewer);
    const [findingSlug, subject] = [
      slugOf(finding, 'Finding', 'finding'),
      subjectRef(entity, 'entity'),
    ];
    return written(context, context.curation.unlinkEntity(curator, findingSlug, subject));
  },
  addConceptLabel: (_, { concept, label, lang }, context) => {
    const curator = requireCurator(context.viewer);
    const slug = slugOf(concept, 'Concept', 'concept');
    return written(
      context,
      context.curation.addConceptLabel(curator, slug, conceptLabel(label), lang),
    );
  },
};

/**
 * Once a write is in, the fields that follow (this payload's, the next mutation's) read the graph
 * afresh instead of what the request's loaders cached before it.
 */
async function written<T>(context: RequestContext, write: Promise<T>): Promise<T> {
  const outcome = await write;
  context.forgetLoaded();
  return outcome;
}
