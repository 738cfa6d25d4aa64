import type {
  MentionResolvers,
  PassageResolvers,
  SectionResolvers,
} from '../../__generated__/resolvers-types.js';
import type { MentionModel, PassageModel } from '../../domain/models.js';
import { pageAt, sentenceEvidence } from '../../domain/passage-pages.js';
import type { RequestContext } from '../../context.js';
import type { Neighbour } from '../../repositories/relation.repository.js';
import { connectionFromList, type ConnectionModel, type PageArgs } from '../connection.js';
import { toGlobalId } from '../global-id.js';
import { firstNeighbour, neighbourNodes, neighbours } from './node-access.js';

export const Section: SectionResolvers = {
  id: (section) => toGlobalId('Section', section.slug),
  document: (section, _, context) => firstNeighbour(context, 'documentOfSection', section.slug),
  passages: (section, _, context) => neighbourNodes(context, 'passagesOfSection', section.slug),
};

export const Passage: PassageResolvers = {
  id: (passage) => toGlobalId('Passage', passage.slug),
  section: (passage, _, context) => firstNeighbour(context, 'sectionOfPassage', passage.slug),
  document: async (passage, _, context) => {
    const section = await firstNeighbour(context, 'sectionOfPassage', passage.slug);
    return section === null ? null : firstNeighbour(context, 'documentOfSection', section.slug);
  },
  previous: (passage, _, context) => firstNeighbour(context, 'previousPassage', passage.slug),
  next: (passage, _, context) => firstNeighbour(context, 'nextPassage', passage.slug),
  mentions: async (passage, _, context) =>
    (await neighbours(context, 'mentionsOfPassage', passage.slug)).map((item) =>
      mention(passage, item.node as MentionModel['entity'], item),
    ),
  findings: (passage, _, context) => neighbourNodes(context, 'findingsOfPassage', passage.slug),
};

export const Mention: MentionResolvers = {
  quote: (model) => sentenceEvidence(model.passage, model.surfaces[0] ?? '').quote,
  page: (model) =>
    pageAt(model.passage, Math.max(0, model.passage.text.indexOf(model.surfaces[0] ?? ''))),
};

/**
 * One page of an entity's mentions in reading order: the passages that mention it, with count and
 * written forms. The request's loader fetches them for every entity on the page in one query.
 */
export async function mentionsOf(
  context: RequestContext,
  entity: MentionModel['entity'],
  args: PageArgs,
): Promise<ConnectionModel<MentionModel>> {
  const relation = `passagesMentioning${entity.label}` as const;
  const mentions = (await neighbours(context, relation, entity.slug)).map((item) =>
    mention(item.node as PassageModel, entity, item),
  );
  return connectionFromList(mentions, args, 'mentions.readingKey.ASC', (model) => ({
    value: model.passage.readingKey,
    slug: model.passage.slug,
  }));
}

function mention(
  passage: PassageModel,
  entity: MentionModel['entity'],
  item: Neighbour,
): MentionModel {
  const surfaces = item.edge['surfaces'];
  return {
    passage,
    entity,
    count: typeof item.edge['count'] === 'number' ? item.edge['count'] : 0,
    surfaces: Array.isArray(surfaces)
      ? surfaces.filter((surface) => typeof surface === 'string')
      : [],
  };
}
