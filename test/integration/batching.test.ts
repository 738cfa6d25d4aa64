/**
 * The batching contract: the number of Cypher round trips of a nested operation is bounded by its
 * nesting depth, not by the number of items, when resolvers answer every field; with look-ahead, a
 * root field that compiles whole costs one, whatever it nests. Counted at the gateway, through
 * Apollo's executor.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { createRequestContext, type RequestContext } from '../../src/context.js';
import { loadConfig } from '../../src/config.js';
import { createApolloServer } from '../../src/http-server.js';
import { connectTestDatabase, QueryLog, type TestConnection } from '../support/test-database.js';

let connection: TestConnection;
let apollo: ApolloServer<RequestContext>;

beforeAll(async () => {
  connection = await connectTestDatabase();
  apollo = createApolloServer({
    logger: pino({ level: 'silent' }),
    gateway: connection.gateway,
    config: loadConfig({}),
  });
  await apollo.start();
});

afterAll(async () => {
  await apollo.stop();
  await connection.driver.close();
});

/** Runs `query` with every field answered by its resolver, or with `lookAhead`. */
async function execute(
  query: string,
  variables: Record<string, unknown> = {},
  { lookAhead = false } = {},
) {
  const log = new QueryLog();
  const response = await apollo.executeOperation(
    { query, variables },
    {
      contextValue: createRequestContext(connection.gateway.withObserver(log.observer), {
        lookAhead,
      }),
    },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  expect(response.body.singleResult.errors).toBeUndefined();
  return { log, data: response.body.singleResult.data as Record<string, unknown> };
}

const ESSAYS_AUTHORS_ESSAYS = `query ($first: Int) {
  essays(first: $first) { edges { node { title
    authors { position person { name
      authorships { position essay { title project { title } } } } } } } } }`;

describe('round trips', () => {
  it('essays -> authors -> their essays -> project costs one query per level, for 1 or 6 essays', async () => {
    const one = await execute(ESSAYS_AUTHORS_ESSAYS, { first: 1 });
    const all = await execute(ESSAYS_AUTHORS_ESSAYS, { first: 6 });
    const authorships = (data: Record<string, unknown>) =>
      (data['essays'] as { edges: { node: { authors: unknown[] } }[] }).edges.flatMap(
        (edge) => edge.node.authors,
      );
    expect(authorships(all.data)).toHaveLength(14);
    // essays page, authors of those essays, essays of those authors, projects of those essays.
    expect(all.log.count).toBe(4);
    expect(one.log.count).toBe(4);
    expect(all.log.queries.every((query) => /UNWIND \$slugs|MATCH \(n:Essay\)/.test(query))).toBe(
      true,
    );
  });

  it('essays -> authors -> their essays -> project costs one query with look-ahead, for 1 or 6 essays', async () => {
    const one = await execute(ESSAYS_AUTHORS_ESSAYS, { first: 1 }, { lookAhead: true });
    const all = await execute(ESSAYS_AUTHORS_ESSAYS, { first: 6 }, { lookAhead: true });
    expect(all.data).toEqual((await execute(ESSAYS_AUTHORS_ESSAYS, { first: 6 })).data);
    expect(all.log.count).toBe(1);
    expect(one.log.count).toBe(1);
  });

  it('node lookups of many ids of one type cost one query', async () => {
    const { data } = await execute(`{ essays { edges { node { id } } } }`);
    const ids = (data['essays'] as { edges: { node: { id: string } }[] }).edges.map(
      (edge) => edge.node.id,
    );
    const { log } = await execute(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(log.count).toBe(1);
  });

  it('totalCount alone costs one count query and reads no page', async () => {
    const { log, data } = await execute(`{ people { totalCount } }`);
    expect(data['people']).toEqual({ totalCount: 14 });
    expect(log.queries).toHaveLength(1);
    expect(log.queries[0]).toContain('count(n)');
  });
});

describe('round trips over the ingested graph', () => {
  it('concepts -> mentions -> passage -> section costs one query per level, whatever the page size', async () => {
    const query = `query ($first: Int) { concepts(first: $first) { edges { node { label
      mentions(first: 20) { edges { node { count passage { page section { title } } } } }
      findings(first: 20) { edges { node { kind } } } } } } }`;
    const few = await execute(query, { first: 2 });
    const many = await execute(query, { first: 60 });
    // concepts page, mentions of those concepts, findings about them, sections of the passages.
    expect(many.log.count).toBe(4);
    expect(few.log.count).toBe(many.log.count);
  });

  it('concepts -> mentions -> passage -> section costs one query with look-ahead, whatever the page size', async () => {
    const query = `query ($first: Int) { concepts(first: $first) { edges { node { label
      mentions(first: 20) { edges { node { count passage { page section { title } } } } } } } } }`;
    const few = await execute(query, { first: 2 }, { lookAhead: true });
    const many = await execute(query, { first: 60 }, { lookAhead: true });
    expect(many.data).toEqual((await execute(query, { first: 60 })).data);
    expect(many.log.count).toBe(1);
    expect(few.log.count).toBe(1);
  });
});

describe('round trips of the research views', () => {
  it('findings -> related findings -> their subjects costs one query per level', async () => {
    const query = `query ($first: Int) { findings(first: $first) { edges { node { statement
      relatedFindings(first: 3) { score finding { about { ... on Node { id } } } } } } } }`;
    const few = await execute(query, { first: 5 });
    const many = await execute(query, { first: 60 });
    // findings page, related findings of those findings, subjects of the related findings.
    expect(many.log.count).toBe(3);
    expect(few.log.count).toBe(many.log.count);
  });

  it('search hits -> mentions of the concepts found costs one query per level', async () => {
    const query = `query ($first: Int) { search(query: "regio", types: [CONCEPT, REGION], first: $first) {
      edges { node { node { ... on Concept { mentions { totalCount } } ... on Region { mentions { totalCount } } } } } } }`;
    const few = await execute(query, { first: 2 });
    const many = await execute(query, { first: 20 });
    // the hits, then the mentions of each label found (concepts, regions).
    expect(many.log.count).toBeLessThanOrEqual(3);
    expect(few.log.count).toBeLessThanOrEqual(many.log.count);
  });
});
