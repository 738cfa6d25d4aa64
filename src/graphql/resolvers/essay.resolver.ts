import type {
  EssayResolvers,
  PersonResolvers,
  PrefaceResolvers,
} from '../../__generated__/resolvers-types.js';
import type { AffiliationModel, AuthorshipModel } from '../../domain/models.js';
import type { Neighbour } from '../../repositories/relation.repository.js';
import { toGlobalId } from '../global-id.js';
import { edgeText, firstNeighbour, neighbourNodes, neighbours } from './node-access.js';

export const Essay: EssayResolvers = {
  id: (essay) => toGlobalId('Essay', essay.slug),
  project: (essay, _, context) => firstNeighbour(context, 'projectOfEssay', essay.slug),
  authors: async (essay, _, context) =>
    (await neighbours(context, 'authorsOfEssay', essay.slug)).map((item): AuthorshipModel => ({
      position: positionOf(item),
      person: item.node as AuthorshipModel['person'],
      essay,
    })),
  preface: (essay, _, context) => firstNeighbour(context, 'prefaceOfEssay', essay.slug),
  sections: (essay, _, context) => neighbourNodes(context, 'sectionsOfEssay', essay.slug),
};

export const Preface: PrefaceResolvers = {
  id: (preface) => toGlobalId('Preface', preface.slug),
  writer: (preface, _, context) => firstNeighbour(context, 'writerOfPreface', preface.slug),
  essays: (preface, _, context) => neighbourNodes(context, 'essaysOfPreface', preface.slug),
  sections: (preface, _, context) => neighbourNodes(context, 'sectionsOfPreface', preface.slug),
};

export const Person: PersonResolvers = {
  id: (person) => toGlobalId('Person', person.slug),
  authorships: async (person, _, context) =>
    (await neighbours(context, 'essaysOfAuthor', person.slug)).map((item): AuthorshipModel => ({
      position: positionOf(item),
      person,
      essay: item.node as AuthorshipModel['essay'],
    })),
  prefaces: (person, _, context) => neighbourNodes(context, 'prefacesOfWriter', person.slug),
  affiliations: async (person, _, context) =>
    (await neighbours(context, 'affiliationsOfPerson', person.slug)).map(
      (item): AffiliationModel => ({
        role: edgeText(item, 'role'),
        person,
        organisation: item.node as AffiliationModel['organisation'],
      }),
    ),
};

function positionOf(authorship: Neighbour): number {
  const position = authorship.edge['position'];
  if (typeof position !== 'number') throw new Error('AUTHORED relationship without a position');
  return position;
}
