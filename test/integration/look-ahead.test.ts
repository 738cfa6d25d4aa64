/**
 * Look-ahead answers exactly what the resolvers answer, in fewer statements. Two APIs over the same
 * seeded Neo4j, one with look-ahead and one that answers every field by its resolver, are asked
 * the same documents; their answers must be equal, and together the documents select every field
 * look-ahead compiles (src/graphql/look-ahead/fields.ts).
 */
import {
  getNamedType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  buildASTSchema,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOK_AHEAD_MARK } from '../../src/graphql/look-ahead/compile.js';
import { LOOK_AHEAD_FIELDS } from '../../src/graphql/look-ahead/fields.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { startHttpApi, type HttpApi } from '../support/http-api.js';
import { connectTestDatabase, QueryLog, type TestConnection } from '../support/test-database.js';

const ENTITY_FIELDS = `id slug passageCount label labelEn: label(lang: EN)
  mentions(first: 2) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { count surfaces passage { slug page } entity { id slug } } }
  }`;

/**
 * Each document is asked of both APIs. `compiles`: look-ahead answers part of it; `fewerStatements`:
 * in fewer statements than the resolvers (not so where aliases ask one relation several times: the
 * resolvers read the relation once and page each alias in memory).
 */
const DOCUMENTS: readonly {
  name: string;
  query: string;
  compiles: boolean;
  fewerStatements?: boolean;
}[] = [
  {
    name: 'essays with everything look-ahead reads of essays, people, projects and prefaces',
    compiles: true,
    fewerStatements: true,
    query: `{ essays(first: 10) { edges { node {
      id slug
      project { id slug title kind programme { slug } essays { slug seriesPosition subtitle } }
      authors { position person { id slug name honorific
        authorships { position essay { slug title } person { slug } }
        prefaces { slug } } essay { slug } }
      preface { id slug title writerRole writer { slug name } essays { slug } sections { slug } }
      sections { id slug title ordinal page document { ... on Essay { slug } ... on Preface { slug } } }
    } } } }`,
  },
  {
    name: 'findings with their subjects, evidence and lists, aliased and in both languages',
    compiles: true,
    fewerStatements: true,
    query: `query ($lang: Language!) { findings(first: 60) { edges { node {
      slug
      about { __typename ...Subject }
      evidence { page quote passage { id slug text ordinal kind marker page pageEnd
        section { slug title } previous { slug } next { slug } } }
      itemOf { id slug kind statement }
      items { slug statementEn: statement(lang: $lang) }
      statement
    } } } }
    fragment Subject on Entity { id slug ... on Concept { ${ENTITY_FIELDS} }
      ... on Theme { ${ENTITY_FIELDS} }
      ... on PolicyInstrument { ${ENTITY_FIELDS} horizon }
      ... on Region { ${ENTITY_FIELDS} regionKind: kind }
      ... on Organisation { ${ENTITY_FIELDS} name kind }
      ... on Regulation { ${ENTITY_FIELDS} } }`,
  },
  {
    name: 'the most mentioned concept, its mentions past the first page and counted',
    compiles: true,
    query: `{ concepts(orderBy: { field: PASSAGE_COUNT, direction: DESC }, first: 2) { edges { node {
      slug
      first: mentions(first: 3) { edges { cursor node { count passage { slug } } again: node { surfaces } } pageInfo { endCursor hasNextPage } }
      all: mentions(first: 100) { totalCount edges { node { passage { slug } } } }
      none: mentions(first: 0) { pageInfo { hasNextPage startCursor } edges { cursor } }
    } } } }`,
  },
  {
    name: 'organisations, instruments, regions and regulations by their own lists',
    compiles: true,
    query: `{
      instruments(first: 50) { edges { node { slug label horizon mentions(first: 1) { totalCount } } } }
      regions(first: 50) { edges { node { slug label kind labelEn: label(lang: EN) mentions { totalCount } } } }
      organisations(first: 50) { edges { node { slug name mentions(first: 1) { edges { node { passage { slug } } } } } } }
      regulations(first: 50) { edges { node { slug label mentions { totalCount } } } }
      themes { edges { node { slug label(lang: EN) mentions(first: 1) { totalCount } } } }
    }`,
  },
  {
    name: 'nodes looked up by slug and by id, one of them missing',
    compiles: true,
    fewerStatements: true,
    query: `{
      essay(slug: "bouwstenen-voor-de-regionale-arbeidsmarkt") { slug title authors { person { slug } } }
      person(slug: "jouke-van-dijk") { id name authorships { essay { slug } } }
      concept(id: "Concept:job-carving") { id label mentions(first: 1) { edges { node { passage { slug section { title } } } } } }
      missing: concept(slug: "no-such-concept") { slug }
    }`,
  },
  {
    name: 'searches asking of the nodes found what each type has, by every word and by any',
    compiles: true,
    query: `{
      search(query: "regionale arbeidsmarkt", first: 20) {
        matchedAll totalCount facets { type count } pageInfo { hasNextPage endCursor }
        edges { cursor node { type score node { __typename
          ... on Node { id }
          ... on Passage { slug page text section { slug title } }
          ... on Finding { slug statement }
          ... on Concept { slug label labelEn: label(lang: EN) }
          ... on Region { slug kind }
          ... on Footnote { id slug }
          ... on Table { id slug }
          ... on Programme { id slug }
        } } }
      }
      anyWord: search(query: "ring rond de Randstad", first: 5, types: [PASSAGE, CONCEPT]) {
        matchedAll edges { node { score node { ... on Node { id } } } }
      }
      scoresOnly: search(query: "arbeidsmarkt", first: 3) { edges { node { type score } } }
    }`,
  },
  {
    name: 'a search asking for snippets, which are cut from the whole node',
    compiles: false,
    query: `{ search(query: "regionale arbeidsmarkt", first: 5) {
      edges { node { snippet highlights { start end } node { ... on Node { id } } } }
    } }`,
  },
  {
    name: 'what look-ahead leaves to the resolvers: a page after a cursor, a directive, a computed quote',
    compiles: false,
    query: `query ($with: Boolean!) { concept(slug: "job-carving") {
      mentions(first: 1, after: "${Buffer.from(JSON.stringify(['Concept<-MENTIONS', '', ''])).toString('base64url')}") { edges { node { passage { slug } } } }
      quoted: mentions(first: 2) { edges { node { quote page } } }
      kept: mentions(first: 2) @include(if: $with) { totalCount }
    } }`,
  },
];

const VARIABLES = { lang: 'EN', with: true };

interface Neighbourhood {
  readonly nodes: { id: string }[];
  readonly edges: { type: string; from: { id: string }; to: { id: string } }[];
}

let connection: TestConnection | undefined;
let withLookAhead: HttpApi | undefined;
let resolversOnly: HttpApi | undefined;
const lookAheadStatements = new QueryLog();
const resolverStatements = new QueryLog();

beforeAll(async () => {
  connection = await connectTestDatabase();
  withLookAhead = await startHttpApi(connection.gateway.withObserver(lookAheadStatements.observer));
  resolversOnly = await startHttpApi(connection.gateway.withObserver(resolverStatements.observer), {
    lookAhead: false,
  });
});

afterAll(async () => {
  await withLookAhead?.server.stop();
  await resolversOnly?.server.stop();
  await connection?.driver.close();
});

describe('look-ahead', () => {
  for (const document of DOCUMENTS) {
    it(`answers as the resolvers do: ${document.name}`, async () => {
      const [before, after] = [resolverStatements.count, lookAheadStatements.count];
      const expected = await resolversOnly!.query(document.query, VARIABLES);
      const answered = await withLookAhead!.query(document.query, VARIABLES);
      expect(expected.errors).toBeUndefined();
      // Every root field answers something (but the one asked for a node that is not there).
      const empty = Object.entries(expected.data ?? {}).filter(([, value]) => value === null);
      expect(empty.map(([key]) => key).filter((key) => key !== 'missing')).toEqual([]);
      expect(answered).toEqual(expected);
      const compiled = lookAheadStatements.queries
        .slice(after)
        .filter((query) => query.includes(LOOK_AHEAD_MARK));
      if (document.compiles) expect(compiled.length).toBeGreaterThan(0);
      else expect(compiled).toEqual([]);
      if (document.fewerStatements) {
        expect(lookAheadStatements.count - after).toBeLessThan(resolverStatements.count - before);
      }
    });
  }

  it('is asked every field it compiles by the documents above', () => {
    const schema: GraphQLSchema = buildASTSchema(parse(loadTypeDefs().join('\n')));
    const asked = new Set<string>();
    for (const document of DOCUMENTS.filter((each) => each.compiles)) {
      const typeInfo = new TypeInfo(schema);
      visit(
        parse(document.query),
        visitWithTypeInfo(typeInfo, {
          Field: (node) => {
            const parent = typeInfo.getParentType();
            if (parent != null) asked.add(`${getNamedType(parent).name}.${node.name.value}`);
          },
        }),
      );
    }
    const compiled = Object.entries(LOOK_AHEAD_FIELDS).flatMap(([type, fields]) =>
      Object.keys(fields).map((field) => `${type}.${field}`),
    );
    expect(compiled.filter((field) => !asked.has(field))).toEqual([]);
  });

  it('reads of the nodes a search found only what its hits ask, in the search statement itself', async () => {
    interface Hits {
      search: { edges: { node: { type: string; score: number; node: { id: string } } }[] };
    }
    const ask = (hit: string) =>
      `{ search(query: "regionale arbeidsmarkt", first: 10) { edges { node { ${hit} node { ... on Node { id } } } } } }`;
    const before = lookAheadStatements.count;
    const ids = await withLookAhead!.query<Hits>(ask('type score'));
    const idReads = lookAheadStatements.queries.slice(before);
    const whole = await withLookAhead!.query<Hits>(ask('type score snippet'));
    expect(ids.errors).toBeUndefined();
    expect(whole.errors).toBeUndefined();
    expect(idReads).toHaveLength(1);
    expect(idReads[0]).toContain(LOOK_AHEAD_MARK);
    // No whole node (`n {.*}`): a passage found is not read for its text.
    expect(idReads[0]).not.toContain('.*');
    const hits = (answer: Hits) =>
      answer.search.edges.map(({ node }) => [node.type, node.score, node.node.id]);
    expect(hits(ids.data!)).toHaveLength(10);
    expect(hits(ids.data!)).toEqual(hits(whole.data!));
  });

  it('reads a neighbourhood asked only for ids as keys, answers the same links, and names a missing center', async () => {
    const ask = (
      node: string,
    ) => `{ neighbourhood(id: "Concept:regionale-arbeidsmarkt", depth: 2, first: 200) {
      truncated nodes { ${node} } edges { type from { ${node} } to { ${node} } } } }`;
    const before = lookAheadStatements.count;
    const keys = await withLookAhead!.query<{ neighbourhood: Neighbourhood }>(ask('id __typename'));
    const keyRead = lookAheadStatements.queries.slice(before);
    const whole = await withLookAhead!.query<{ neighbourhood: Neighbourhood }>(
      ask('id __typename ... on Passage { text } ... on Concept { label }'),
    );
    expect(keys.errors).toBeUndefined();
    expect(whole.errors).toBeUndefined();
    const ids = (answer: Neighbourhood) => ({
      nodes: answer.nodes.map((node) => node.id),
      edges: answer.edges.map((edge) => `${edge.from.id} ${edge.type} ${edge.to.id}`),
    });
    expect(keys.data!.neighbourhood.edges.length).toBeGreaterThan(50);
    expect(ids(keys.data!.neighbourhood)).toEqual(ids(whole.data!.neighbourhood));
    // Asked for ids only, the walk reads no node beyond its label and slug and no link properties.
    const [keyStatement] = keyRead.filter((query) => query.includes('frontier'));
    expect(keyStatement).toContain('[] AS nodes');
    expect(keyStatement).not.toContain('properties(r)');
    const missing = await withLookAhead!.query(
      `{ neighbourhood(id: "Concept:atlantis") { edges { type } } }`,
    );
    expect(missing.errors).toEqual([
      expect.objectContaining({
        message: '`id` names no node: there is no Concept "atlantis"',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    const withEvidence = await withLookAhead!.query(
      `{ neighbourhood(id: "Concept:regionale-arbeidsmarkt", first: 20) { edges { from { id } evidence { quote } } } }`,
    );
    expect(withEvidence.errors).toBeUndefined();
    // What a link holds itself is read when asked: the words a mention was written in, a
    // table's place.
    const withProperties = await withLookAhead!.query<{
      neighbourhood: { edges: { type: string; surfaces: string[]; provenance: string | null }[] };
    }>(
      `{ neighbourhood(id: "Concept:regionale-arbeidsmarkt", first: 200) { edges { type surfaces provenance } } }`,
    );
    expect(withProperties.errors).toBeUndefined();
    const edges = withProperties.data!.neighbourhood.edges;
    expect(edges.filter((edge) => edge.type === 'MENTIONS').length).toBeGreaterThan(0);
    for (const mention of edges.filter((edge) => edge.type === 'MENTIONS')) {
      expect(mention.surfaces.length).toBeGreaterThan(0);
    }
    expect(edges.some((edge) => edge.provenance !== null)).toBe(true);
  });

  it('turns a request for the wrong variables into the same error as the resolvers', async () => {
    const query = `{ concept(slug: "job-carving") { mentions(first: 500) { totalCount } } }`;
    const expected = await resolversOnly!.query(query);
    const answered = await withLookAhead!.query(query);
    expect(expected.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answered).toEqual(expected);
  });

  it('reads a list filtered by a node named by its slug in one statement, and looks names up', async () => {
    const findingsAbout = (concept: string) =>
      `{ findings(concept: "${concept}", first: 3) { edges { node { slug } } } }`;
    const statementsOf = async (query: string) => {
      const before = lookAheadStatements.count;
      const answer = await withLookAhead!.query<{ findings: { edges: unknown[] } | null }>(query);
      return { answer, statements: lookAheadStatements.count - before };
    };
    const bySlug = await statementsOf(findingsAbout('regionale-arbeidsmarkt'));
    expect(bySlug.answer.errors).toBeUndefined();
    expect(bySlug.answer.data!.findings!.edges.length).toBeGreaterThan(0);
    expect(bySlug.statements).toBe(1);
    // A name costs its lookup first; the page is the same.
    const byName = await statementsOf(findingsAbout('Regionale arbeidsmarkt'));
    expect(byName.answer).toEqual(bySlug.answer);
    expect(byName.statements).toBe(2);
    // A slug that names no concept (here a region's) reads an empty page, then is refused at the
    // list's own field, as a name that names nothing is.
    for (const unknown of ['groningen', 'Geen bestaand begrip']) {
      const refused = await statementsOf(findingsAbout(unknown));
      expect(refused.answer.data).toEqual({ findings: null });
      expect(refused.answer.errors).toEqual([
        expect.objectContaining({ path: ['findings'], extensions: { code: 'BAD_USER_INPUT' } }),
      ]);
    }
  });
});
