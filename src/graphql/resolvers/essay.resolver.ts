import type {
  EssayResolvers,
  PersonResolvers,
  PrefaceResolvers,
} from '../../__generated__/resolvers-types.js';
import type { AffiliationModel, AuthorshipModel } from '../../domain/models.js';
import { toGlobalId } from '../global-id.js';
import { firstNeighbour, neighbourNodes, neighbours } from './node-access.js';

export const Essay: EssayResolvers = {
  id: (essay) => toGlobalId('Essay', essay.slug),
  project: (essay, _, context) => firstNeighbour(context, 'Essay-OUTPUT_OF->', essay.slug),
  authors: async (essay, _, context) =>
    (await neighbours(context, 'Essay<-AUTHORED', essay.slug)).map((item): AuthorshipModel => ({
      position: item.edge.integer('position'),
      person: item.node as AuthorshipModel['person'],
      essay,
    })),
  preface: (essay, _, context) => firstNeighbour(context, 'Essay<-INTRODUCES', essay.slug),
  sections: (essay, _, context) => neighbourNodes(context, 'Essay-HAS_SECTION->', essay.slug),
};

export const Preface: PrefaceResolvers = {
  id: (preface) => toGlobalId('Preface', preface.slug),
  writer: (preface, _, context) => firstNeighbour(context, 'Preface<-WROTE', preface.slug),
  essays: (preface, _, context) => neighbourNodes(context, 'Preface-INTRODUCES->', preface.slug),
  sections: (preface, _, context) => neighbourNodes(context, 'Preface-HAS_SECTION->', preface.slug),
};

export const Person: PersonResolvers = {
  id: (person) => toGlobalId('Person', person.slug),
  authorships: async (person, _, context) =>
    (await neighbours(context, 'Person-AUTHORED->', person.slug)).map((item): AuthorshipModel => ({
      position: item.edge.integer('position'),
      person,
      essay: item.node as AuthorshipModel['essay'],
    })),
  prefaces: (person, _, context) => neighbourNodes(context, 'Person-WROTE->', person.slug),
  affiliations: async (person, _, context) =>
    (await neighbours(context, 'Person-AFFILIATED_WITH->', person.slug)).map(
      (item): AffiliationModel => ({
        role: item.edge.optionalText('role'),
        person,
        organisation: item.node as AffiliationModel['organisation'],
      }),
    ),
};
