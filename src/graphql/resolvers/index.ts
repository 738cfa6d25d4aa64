import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { Essay, Person, Preface } from './essay.resolver.js';
import { KnowledgeQuery } from './knowledge-query.resolver.js';
import {
  Concept,
  Finding,
  InstrumentPlacement,
  PolicyInstrument,
  Region,
  Regulation,
  Statistic,
  Theme,
} from './lexicon.resolver.js';
import { Organisation, Programme, Project } from './programme.resolver.js';
import { Query } from './query.resolver.js';
import { Mention, Passage, Section } from './text.resolver.js';

const byLabel = { __resolveType: (node: { label: string }) => node.label } as never;

export const resolvers: Resolvers = {
  Query: { ...Query, ...KnowledgeQuery },
  Node: byLabel,
  Entity: byLabel,
  Document: byLabel,
  FindingSubject: byLabel,
  Programme,
  Project,
  Organisation,
  Essay,
  Preface,
  Person,
  Section,
  Passage,
  Mention,
  Concept,
  Theme,
  PolicyInstrument,
  InstrumentPlacement,
  Region,
  Regulation,
  Finding,
  Statistic,
};
