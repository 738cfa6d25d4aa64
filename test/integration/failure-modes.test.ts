/**
 * What a client sees when things go wrong that no well-formed request causes: a stored value the
 * code does not expect, a database that is not there, requests past the documented bounds, and a
 * port the project's own Neo4j cannot take. The server keeps serving through all of them.
 */
import net from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseError } from '../../src/domain/errors.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { Neo4jGateway } from '../../src/neo4j/gateway.js';
import { LocalNeo4jError, startLocalNeo4j } from '../../src/neo4j/local-neo4j.js';
import { freePort } from '../support/free-port.js';
import { startHttpApi, type HttpApi } from '../support/http-api.js';
import { connectTestDatabase, type TestConnection } from '../support/test-database.js';

let connection: TestConnection;
let api: HttpApi;
const logged: string[] = [];

beforeAll(async () => {
  connection = await connectTestDatabase();
  const sink = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      logged.push(chunk.toString('utf8'));
      done();
    },
  });
  api = await startHttpApi(connection.gateway, { logger: pino({ level: 'warn' }, sink) });
});

afterAll(async () => {
  await connection.gateway.write(
    `MATCH (n) WHERE n.slug STARTS WITH 'test-broken-' DETACH DELETE n`,
  );
  await api.server.stop();
  await connection.driver.close();
});

describe('a stored value the code does not expect', () => {
  it('is masked as INTERNAL_SERVER_ERROR, logged with its cause, and leaves the rest of the answer', async () => {
    await connection.gateway.write(
      `CREATE (:Concept {slug: 'test-broken-label', prefLabelNl: 42, prefLabelEn: 'broken', sortKey: 'broken'})`,
    );
    const { data, errors } = await api.query(
      `{ concept(slug: "test-broken-label") { slug label } essays { totalCount } }`,
    );
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'Internal server error',
        path: ['concept'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    ]);
    expect(data).toEqual({ concept: null, essays: { totalCount: 6 } });
    expect(logged.join('')).toContain(
      'Stored node \\"test-broken-label\\" has prefLabelNl=42; expected a string',
    );
  });

  it('is logged once per request, with how many fields failed, however many did', async () => {
    const aliases = Array.from(
      { length: 30 },
      (_, index) => `c${index}: concept(slug: "test-broken-label") { label }`,
    );
    const before = logged.length;
    const { errors } = await api.query(`{ ${aliases.join(' ')} }`);
    expect(errors).toHaveLength(30);
    const lines = logged.slice(before).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({
        msg: 'request failed',
        codes: { INTERNAL_SERVER_ERROR: 30 },
        err: expect.objectContaining({
          message: 'Stored node "test-broken-label" has prefLabelNl=42; expected a string',
        }) as unknown,
      }),
    ]);
  });

  it('fails a link with a missing property loudly instead of reading it as zero or empty', async () => {
    await connection.gateway.write(
      `MATCH (p:Passage {slug: 'bouwstenen-voor-de-regionale-arbeidsmarkt--p004'})
       CREATE (c:Concept {slug: 'test-broken-mention', prefLabelNl: 'kapot', prefLabelEn: 'broken', sortKey: 'kapot'})
       CREATE (p)-[:MENTIONS {surfaces: ['kapot'], listOwner: c.slug, listOrder: p.readingKey}]->(c)`,
    );
    const { data, errors } = await api.query<{
      concept: { slug: string; mentions: { totalCount: number; edges: null } };
    }>(
      `{ concept(slug: "test-broken-mention") { slug mentions { totalCount edges { node { count } } } } }`,
    );
    expect(errors).toEqual([
      expect.objectContaining({
        path: ['concept', 'mentions', 'edges'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    ]);
    expect(data!.concept).toEqual({
      slug: 'test-broken-mention',
      mentions: { totalCount: 1, edges: null },
    });
    expect(logged.join('')).toContain(
      'MENTIONS relationship of test-broken-mention has count=undefined',
    );
  });
});

describe('a statement Neo4j rejects', () => {
  it('fails as a DatabaseError whose stack leads back to its caller, and leaves every later stack whole', async () => {
    const stackTraceLimit = Error.stackTraceLimit;
    async function readBrokenStatement(): Promise<unknown> {
      const rows = await connection.gateway.read('RETURN 1 +');
      return rows;
    }
    async function writeBrokenStatement(): Promise<unknown> {
      const rows = await connection.gateway.writeTransaction(async (run) => {
        await run('RETURN 1 AS one');
        return run('RETURN 1 +');
      });
      return rows;
    }
    for (const [caller, failing] of [
      ['readBrokenStatement', readBrokenStatement],
      ['writeBrokenStatement', writeBrokenStatement],
    ] as const) {
      const failure = await failing().then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(DatabaseError);
      expect((failure as DatabaseError).stack).toContain(caller);
      expect(Error.stackTraceLimit).toBe(stackTraceLimit);
    }
    expect(await connection.gateway.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
    expect(Error.stackTraceLimit).toBe(stackTraceLimit);
    expect(new Error('later').stack?.split('\n').length).toBeGreaterThan(2);
  });
});

describe('a database that is not there', () => {
  it('answers DATABASE_UNAVAILABLE at the field that read it; /readyz 503, /livez 200', async () => {
    const port = await freePort();
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'none'), {
      maxTransactionRetryTime: 0,
      connectionTimeout: 2_000,
    });
    const down = await startHttpApi(new Neo4jGateway(driver, 'neo4j'));
    try {
      const { data, errors } = await down.query(`{ essays { totalCount } }`);
      expect(data).toEqual({ essays: { totalCount: null } });
      expect(errors).toEqual([
        expect.objectContaining({
          path: ['essays', 'totalCount'],
          message: 'The graph database is unavailable; try again shortly',
          extensions: { code: 'DATABASE_UNAVAILABLE' },
        }),
      ]);
      const ready = await fetch(down.server.graphqlUrl.replace(/graphql$/, 'readyz'));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({
        errors: [
          {
            message: 'The graph database does not answer; try again shortly',
            extensions: { code: 'DATABASE_UNAVAILABLE' },
          },
        ],
      });
      const live = await fetch(down.server.graphqlUrl.replace(/graphql$/, 'livez'));
      expect(live.status).toBe(200);
      expect(await live.json()).toEqual({ status: 'live' });
    } finally {
      await down.server.stop();
      await driver.close();
    }
  });
});

describe('requests past the documented bounds', () => {
  it('refuses more than 100 ids to nodes as BAD_USER_INPUT', async () => {
    const ids = Array.from({ length: 101 }, (_, index) => toGlobalId('Concept', `c${index}`));
    const { data, errors } = await api.query(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids,
    });
    expect(data).toEqual({ nodes: null });
    expect(errors).toEqual([
      expect.objectContaining({
        message: '`ids` takes at most 100 ids (got 101)',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
  });

  it('refuses a path or a bridge from a node to itself, under any of its types, and a bridge of a table', async () => {
    const { data, errors } = await api.query(
      `{ same: paths(from: "Concept:krimp", to: "Concept:krimp") { length }
         facet: paths(from: "Theme:weerbaarheid", to: "Concept:weerbaarheid") { length }
         bridge(a: "Table:${TABLE_1}", b: "Concept:krimp") { a { id } }
         facetBridge: bridge(a: "Theme:weerbaarheid", b: "Concept:weerbaarheid") { a { id } } }`,
    );
    expect(data).toEqual({ same: null, facet: null, bridge: null, facetBridge: null });
    expect(
      errors!
        .map((error) => [error.path![0], error.extensions!.code, error.message])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ['bridge', 'BAD_USER_INPUT', expect.stringMatching(/^A Table cannot be bridged/) as string],
      ['facet', 'BAD_USER_INPUT', '`from` and `to` are the same node; a path needs two'],
      ['facetBridge', 'BAD_USER_INPUT', '`a` and `b` are the same node; a bridge needs two'],
      ['same', 'BAD_USER_INPUT', '`from` and `to` are the same node; a path needs two'],
    ]);
  });
});

const TABLE_1 =
  'bouwstenen-voor-de-regionale-arbeidsmarkt--tabel-1-agendapunten-regionaal-arbeidsmarktbeleid';

describe("the project's own Neo4j", () => {
  it('refuses a Bolt port that is already taken, before starting a JVM', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as net.AddressInfo;
    const dataDir = await mkdtemp(path.join(tmpdir(), 'kks-graph-port-'));
    try {
      await expect(startLocalNeo4j({ dataDir, boltPort: port, heap: '256m' })).rejects.toThrow(
        new LocalNeo4jError(
          `KKS_NEO4J_PORT ${port} is already in use on 127.0.0.1; choose another port or point NEO4J_URI at the running server`,
        ),
      );
    } finally {
      await new Promise((resolve) => holder.close(resolve));
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
