import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { Essay, Person, Preface } from './essay.resolver.js';
import { Organisation, Programme, Project } from './programme.resolver.js';
import { Query } from './query.resolver.js';

export const resolvers: Resolvers = {
  Query,
  Node: { __resolveType: (node) => node.label },
  Programme,
  Project,
  Organisation,
  Essay,
  Preface,
  Person,
};
