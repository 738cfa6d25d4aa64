import type { MutationResolvers } from '../../__generated__/resolvers-types.js';
import type { RequestContext } from '../../context.js';
import { requireCurator } from '../../domain/curator.js';
import { conceptLabelDraft, findingDraft, subjectRef } from '../curation-input.js';
import { slugOf } from '../global-id.js';
import { readProjected } from '../look-ahead/compile.js';

/**
 * Curated writes. Each resolver checks the curator first, so a request without a valid key learns
 * nothing about its arguments, then the arguments, then hands one transaction to the repository.
 */
export const Mutation: MutationResolvers = {
  addFinding: (_, { input }, context) => {
    const curator = requireCurator(context.viewer);
    return written(context, context.curation.addFinding(curator, findingDraft(input)));
  },
  linkSubject: (_, { input }, context, info) => {
    const curator = requireCurator(context.viewer);
    const finding = slugOf(input.finding, 'Finding', 'finding');
    const subject = subjectRef(input.subject, 'subject');
    return written(
      context,
      readProjected(context.loaders.lookAhead.payloadNode(info, 'finding', 'Finding'), (shown) =>
        context.curation.linkSubject(curator, finding, subject, shown),
      ),
    );
  },
  unlinkSubject: (_, { input }, context, info) => {
    const curator = requireCurator(context.viewer);
    const finding = slugOf(input.finding, 'Finding', 'finding');
    const subject = subjectRef(input.subject, 'subject');
    return written(
      context,
      readProjected(context.loaders.lookAhead.payloadNode(info, 'finding', 'Finding'), (shown) =>
        context.curation.unlinkSubject(curator, finding, subject, shown),
      ),
    );
  },
  addConceptLabel: (_, { input }, context) => {
    const curator = requireCurator(context.viewer);
    const { concept, label, lang } = conceptLabelDraft(input);
    return written(context, context.curation.addConceptLabel(curator, concept, label, lang));
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
