/**
 * Contender N: the Neo4j GraphQL Library (`@neo4j/graphql` 7) on Apollo Server, over the graph the
 * seed writes. Its type definitions map our labels, properties and relationship types one to one,
 * so that each workload asks N the same question it asks kks-graph; the library compiles each root
 * field into one Cypher statement. Search and the neighbourhood have no generated counterpart, so
 * they are `@cypher` fields: kks-graph's ranking over our full-text index `kks_search`, and the
 * links within two hops. So is W1's curation write: the generated `updateFindings` connects with
 * CREATE, a new relationship each time it is asked, where kks-graph's linkSubject is idempotent; the
 * `@cypher` mutation MERGEs, as R's statement does, and the library reads the finding it returns.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { LINK_CONCEPT_STATEMENT, NEIGHBOURHOOD_STATEMENT, SEARCH_STATEMENT } from './workloads.js';

const TYPE_DEFS = /* GraphQL */ `
  type Project @node {
    slug: String!
    title: String!
  }

  type Essay @node {
    slug: String!
    title: String!
    subtitle: String
    seriesPosition: Int
    project: [Project!]! @relationship(type: "OUTPUT_OF", direction: OUT)
    authors: [Person!]! @relationship(type: "AUTHORED", direction: IN, properties: "Authored")
  }

  type Authored @relationshipProperties {
    position: Int!
  }

  type Person @node {
    slug: String!
    name: String!
    essays: [Essay!]! @relationship(type: "AUTHORED", direction: OUT, properties: "Authored")
  }

  type Section @node {
    slug: String!
    title: String
  }

  type Passage @node {
    slug: String!
    text: String!
    page: Int!
    readingKey: String
    document: String!
    ordinal: Int!
    section: [Section!]! @relationship(type: "HAS_PASSAGE", direction: IN)
  }

  type Mentions @relationshipProperties {
    count: Int!
    surfaces: [String!]!
  }

  type Concept @node {
    slug: String!
    prefLabelNl: String!
    passageCount: Int!
    mentionedIn: [Passage!]! @relationship(type: "MENTIONS", direction: IN, properties: "Mentions")
  }

  type Theme @node {
    slug: String!
  }

  type PolicyInstrument @node {
    slug: String!
  }

  type Region @node {
    slug: String!
  }

  type Organisation @node {
    slug: String!
  }

  type Regulation @node {
    slug: String!
  }

  union FindingSubject = Concept | Theme | PolicyInstrument | Region | Organisation | Regulation

  type StatedIn @relationshipProperties {
    page: Int!
    quote: String!
  }

  type Finding @node {
    slug: String!
    kind: String!
    statementNl: String!
    about: [FindingSubject!]! @relationship(type: "ABOUT", direction: OUT)
    itemOf: [Finding!]! @relationship(type: "ITEM_OF", direction: OUT)
    statedIn: [Passage!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type SearchHit {
    type: String!
    score: Float!
    id: String!
  }

  type NeighbourhoodLink {
    type: String!
    from: String!
    to: String!
  }

  extend type Concept {
    neighbourhoodLinks: [NeighbourhoodLink!]!
      @cypher(statement: """WITH this AS c ${NEIGHBOURHOOD_STATEMENT}""", columnName: "link")
  }

  type Query {
    searchHits(lucene: String!, first: Int!): [SearchHit!]!
      @cypher(statement: """${SEARCH_STATEMENT}""", columnName: "hit")
  }

  type Mutation {
    linkConcept(finding: String!, concept: String!, curator: String!): Finding
      @cypher(statement: """${LINK_CONCEPT_STATEMENT}""", columnName: "f")
  }
`;

export interface RunningContender {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startNeo4jGraphQL(driver: Driver, port: number): Promise<RunningContender> {
  const neo4jGraphQL = new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver });
  const server = new ApolloServer({ schema: await neo4jGraphQL.getSchema() });
  const { url } = await startStandaloneServer(server, {
    listen: { port, host: '127.0.0.1' },
  });
  return { url, stop: () => server.stop() };
}

/** For writing the workloads' N queries: the schema the library generates. */
export async function neo4jGraphQLSchemaText(driver: Driver): Promise<string> {
  const { printSchema } = await import('graphql');
  return printSchema(await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema());
}
