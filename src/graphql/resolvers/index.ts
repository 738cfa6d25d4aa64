import { DateTimeResolver } from 'graphql-scalars';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import {
  AnalysisQuery,
  ConceptMap,
  ConceptMapEdge,
  ConceptMapNode,
  GraphEdge,
  GraphPath,
  Neighbourhood,
} from './analysis.resolver.js';
import { Bridge, SharedConcept, SharedRegion } from './bridge.resolver.js';
import { Mutation } from './curation.resolver.js';
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
  Table,
  Theme,
} from './lexicon.resolver.js';
import { Organisation, Programme, Project } from './programme.resolver.js';
import { Query } from './query.resolver.js';
import { SearchHit, SearchQuery } from './search.resolver.js';
import { Footnote, Mention, Passage, Section } from './text.resolver.js';

export const resolvers: Resolvers = {
  Query: { ...Query, ...KnowledgeQuery, ...SearchQuery, ...AnalysisQuery },
  DateTime: DateTimeResolver,
  GraphEdge,
  GraphPath,
  Neighbourhood,
  Bridge,
  ConceptMap,
  ConceptMapEdge,
  ConceptMapNode,
  SharedConcept,
  SharedRegion,
  Mutation,
  SearchResult: { __resolveType: (node) => node.label },
  Node: { __resolveType: (node) => node.label },
  Entity: { __resolveType: (node) => node.label },
  Document: { __resolveType: (node) => node.label },
  SharedSides: {
    __resolveType: (shared) =>
      shared.entity.label === 'Concept' ? 'SharedConcept' : 'SharedRegion',
  },
  FindingSubject: { __resolveType: (node) => node.label },
  Programme,
  Project,
  Organisation,
  Essay,
  Preface,
  Person,
  Section,
  Passage,
  Footnote,
  Mention,
  Concept,
  Theme,
  PolicyInstrument,
  InstrumentPlacement,
  Region,
  Regulation,
  Finding,
  Statistic,
  Table,
  SearchHit,
};
