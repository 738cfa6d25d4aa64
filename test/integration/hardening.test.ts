/**
 * The API as a hostile client meets it: every request is bounded before it runs (parse limits,
 * nesting, depth, cost, input lengths) and while it runs (deadline, transaction timeout, answer
 * size); HTTP-level mistakes answer JSON with a stable code; rate limits and production mode hold.
 * Each refusal is checked for its status, its code, and that nothing reached the database.
 */
import { getIntrospectionQuery } from 'graphql';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { OperationTimeoutError, DatabaseUnavailableError } from '../../src/domain/errors.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { Neo4jGateway } from '../../src/neo4j/gateway.js';
import { startHttpApi, type HttpApi } from '../support/http-api.js';
import { connectTestDatabase, QueryLog, type TestConnection } from '../support/test-database.js';

const CURATOR = { name: 'hardening-curator', key: 'hardening-key-0123456789abcdefgh' };

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: unknown[]; extensions?: { code?: string } }[];
    extensions?: { cost?: { requested: number; limit: number } };
  };
  readonly ms: number;
}

async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, init);
  const text = await response.text();
  let body: Answer['body'] = {};
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    // Not JSON: the assertions on `text` say so.
  }
  return {
    status: response.status,
    headers: response.headers,
    text,
    body,
    ms: performance.now() - started,
  };
}

function post(api: HttpApi, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send(api.server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function codes(answer: Answer): (string | undefined)[] {
  return (answer.body.errors ?? []).map((error) => error.extensions?.code);
}

/** No stack trace, source path or Cypher reaches a client. */
function expectNoInternals(answer: Answer): void {
  expect(answer.text).not.toMatch(
    /\bat [\w.<>]+ \(|\.[jt]s:\d+|node_modules|MATCH \(|TypeError|RangeError|ReferenceError/,
  );
}

let connection: TestConnection;
const statements = new QueryLog();
let api: HttpApi;

beforeAll(async () => {
  connection = await connectTestDatabase();
  api = await startHttpApi(connection.gateway.withObserver(statements.observer));
});

afterAll(async () => {
  await connection.gateway.write(
    `MATCH (n) WHERE n.updatedBy = $curator
     REMOVE n.curatedAltLabelsNl, n.curatedAltLabelsEn, n.curatedLabelText, n.curatedNameKeys,
            n.updatedBy, n.updatedAt`,
    { curator: CURATOR.name },
  );
  await api.server.stop();
  await connection.driver.close();
});

/** Sends `body` and asserts it was refused with `status` and `code`, sending no Cypher. */
async function expectRefused(body: unknown, status: number, code: string): Promise<Answer> {
  await post(api, { query: '{ essays(first: 1) { totalCount } }' });
  const before = statements.count;
  const answer = await post(api, body);
  expect(answer.status, answer.text.slice(0, 300)).toBe(status);
  expect(codes(answer)).toContain(code);
  expect(statements.count).toBe(before);
  expectNoInternals(answer);
  return answer;
}

function nested(levels: number, inner: string): string {
  let query = inner;
  for (let level = 0; level < levels; level++) query = `related { edges { node { ${query} } } }`;
  return query;
}

describe('work is bounded before it starts', () => {
  it('refuses Concept.related nested ten levels deep with HTTP 400 in milliseconds, before any Cypher', async () => {
    const answer = await expectRefused(
      { query: `{ concept(slug: "job-carving") { ${nested(10, 'label')} } }` },
      400,
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(answer.body.errors?.[0]?.message).toMatch(/depth limit of 12 exceeded/);
    expect(answer.ms).toBeLessThan(1_000);
  });

  it('refuses five copies of a heavy page by cost, and runs four', async () => {
    const copy = (index: number) =>
      `c${index}: findings(first: 100) { edges { node { relatedFindings(first: 20) {
         finding { evidence { quote passage { text } } } } } } }`;
    const document = (copies: number) =>
      `{ ${Array.from({ length: copies }, (_, index) => copy(index)).join(' ')} }`;
    await expectRefused({ query: document(5) }, 400, 'QUERY_TOO_COSTLY');
    const four = await post(api, { query: document(4) });
    expect(four.status).toBe(200);
    expect(four.body.errors).toBeUndefined();
    expect(four.body.extensions?.cost?.requested).toBeLessThan(50_000);
  });

  it.each([
    [
      'more than 4,000 tokens',
      `{ ${'__typename '.repeat(4_001)}}`,
      /contains more tha[nt] 4000 tokens/,
    ],
    [
      'more than 100,000 characters',
      `{ search(query: "${'a'.repeat(100_000)}") { totalCount } }`,
      /more than 100000 UTF-16 code units/,
    ],
    ['more than 500 comments', `${'# note\n'.repeat(501)}{ __typename }`, /more than 500 comments/],
    [
      'a list literal nested 3,000 deep',
      `{ nodes(ids: ${'['.repeat(3_000)}"x"${']'.repeat(3_000)}) { id } }`,
      /nests deeper than 64 levels/,
    ],
    [
      'selections nested 65 deep',
      `{ ${'a { '.repeat(65)}b${' }'.repeat(65)} }`,
      /nests deeper than 64 levels/,
    ],
  ])('answers a document of %s with HTTP 400 GRAPHQL_PARSE_FAILED', async (_, query, message) => {
    const answer = await expectRefused({ query }, 400, 'GRAPHQL_PARSE_FAILED');
    expect(answer.body.errors?.[0]?.message).toMatch(message);
  });

  it('answers variables nested 100,000 deep with HTTP 400 BAD_USER_INPUT, at once', async () => {
    const depth = 100_000;
    const body = `{"query":"query ($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":${'['.repeat(depth)}"x"${']'.repeat(depth)}}}`;
    const answer = await expectRefused(body, 400, 'BAD_USER_INPUT');
    expect(answer.body.errors?.[0]?.message).toBe('The variables nest deeper than 64 levels');
    expect(answer.ms).toBeLessThan(1_000);
  });

  it.each([
    [
      'a 1,000-character typeahead prefix',
      `{ suggest(prefix: "${'ab '.repeat(333)}") { label } }`,
      'A typeahead prefix takes at most 100 characters (got 999)',
    ],
    [
      'a 90-letter word',
      `{ suggest(prefix: "regio ${'a'.repeat(90)}") { label } }`,
      'A search word has at most 60 letters (got one of 90)',
    ],
    [
      'a 1,200-character search',
      `{ search(query: "${'abc '.repeat(300)}") { totalCount } }`,
      'A search takes at most 1000 characters (got 1200)',
    ],
  ])('refuses %s as BAD_USER_INPUT before it reaches the index', async (_, query, message) => {
    const before = statements.count;
    const answer = await post(api, { query });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT' } }),
    ]);
    expect(statements.count).toBe(before);
  });

  it('never echoes more than a short prefix of the input', async () => {
    const long = 'x'.repeat(10_000);
    const answers = await Promise.all([
      post(api, { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: long } }),
      post(api, { query: `{ suggest(prefix: "a", lang: ${'X'.repeat(5_000)}) { label } }` }),
      post(api, {
        query: 'query ($lang: Language!) { suggest(prefix: "a", lang: $lang) { label } }',
        variables: { lang: 'X'.repeat(5_000) },
      }),
      post(api, {
        query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        variables: { ids: [[[[[[long]]]]]] },
      }),
    ]);
    for (const answer of answers) {
      expect(answer.body.errors?.length).toBeGreaterThan(0);
      for (const error of answer.body.errors ?? []) {
        expect(error.message.length).toBeLessThanOrEqual(301);
        expect(error.message).not.toContain('x'.repeat(100));
        expect(error.message).not.toContain('X'.repeat(100));
      }
    }
  });
});

describe('work is bounded while it runs', () => {
  it('replaces an answer over KKS_MAX_RESPONSE_BYTES, whole, with RESPONSE_TOO_LARGE', async () => {
    const small = await startHttpApi(connection.gateway, {
      env: { KKS_MAX_RESPONSE_BYTES: '20000' },
    });
    try {
      const big = await post(small, {
        query: '{ passages(first: 100) { edges { node { text } } } }',
      });
      expect(big.status).toBe(400);
      expect(big.body.data).toBeUndefined();
      expect(big.body.errors).toEqual([
        {
          message: expect.stringMatching(
            /^The answer would be \d+ bytes, over the limit of 20000/,
          ) as string,
          extensions: { code: 'RESPONSE_TOO_LARGE' },
        },
      ]);
      expect(big.body.extensions?.cost?.limit).toBe(50_000);
      const fits = await post(small, {
        query: '{ passages(first: 2) { edges { node { text } } } }',
      });
      expect(fits.status).toBe(200);
      expect(fits.body.errors).toBeUndefined();
    } finally {
      await small.server.stop();
    }
  });

  it('stops an operation at its deadline with TIMEOUT, and keeps serving', async () => {
    const hurried = await startHttpApi(connection.gateway, {
      env: { KKS_OPERATION_DEADLINE_MS: '1' },
    });
    try {
      const answer = await post(hurried, {
        query: '{ essays { totalCount } concepts { totalCount } }',
      });
      expect(answer.status).toBe(200);
      expect(answer.body.data).toEqual({
        essays: { totalCount: null },
        concepts: { totalCount: null },
      });
      expect(new Set(codes(answer))).toEqual(new Set(['TIMEOUT']));
      expect(answer.body.errors?.[0]?.message).toBe(
        'The operation ran out of time before the graph database answered; ask for less, or try again shortly',
      );
      const ready = await send(hurried.server.graphqlUrl.replace(/graphql$/, 'readyz'));
      expect(ready.status).toBe(200);
    } finally {
      await hurried.server.stop();
    }
  });

  it('gives Neo4j the transaction timeout, which stops a slow read on the server', async () => {
    const gateway = new Neo4jGateway(connection.driver, 'neo4j', { readTimeoutMs: 300 });
    const started = performance.now();
    await expect(
      gateway.read('UNWIND range(1, 200000000) AS x RETURN count(x) AS n /* kks-slow-read */'),
    ).rejects.toBeInstanceOf(OperationTimeoutError);
    expect(performance.now() - started).toBeLessThan(2_000);
    await expect
      .poll(
        async () =>
          (
            await connection.gateway.read(
              `SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'kks-slow-read'
               AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*) AS running`,
            )
          )[0]?.['running'],
        { timeout: 5_000 },
      )
      .toBe(0);
  });

  it('answers DATABASE_UNAVAILABLE, not DATABASE_ERROR, when every pooled connection stays busy', async () => {
    const database = inject('neo4j');
    const driver = createDriver(database, {
      connectionTimeoutMs: 1_000,
      acquisitionTimeoutMs: 1_000,
      transactionTimeoutMs: 5_000,
      maxRetryTimeMs: 0,
      maxPoolSize: 1,
    });
    try {
      const holder = new Neo4jGateway(driver, 'neo4j', { readTimeoutMs: 4_000 });
      const busy = holder
        .read('UNWIND range(1, 200000000) AS x RETURN count(x) AS n')
        .catch((error: unknown) => error);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const error = await new Neo4jGateway(driver, 'neo4j')
        .read('RETURN 1 AS one')
        .catch((failure: unknown) => failure);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      await busy;
    } finally {
      await driver.close();
    }
  });

  it('answers DATABASE_UNAVAILABLE when the server does not answer at all', async () => {
    const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'x'), {
      connectionTimeout: 500,
      maxTransactionRetryTime: 0,
    });
    try {
      await expect(new Neo4jGateway(driver, 'neo4j').read('RETURN 1')).rejects.toBeInstanceOf(
        DatabaseUnavailableError,
      );
    } finally {
      await driver.close();
    }
  });
});

describe('HTTP-level errors', () => {
  it.each([
    [
      'a body that is not JSON',
      '{"query": ',
      400,
      'BAD_REQUEST',
      'The request body is not valid JSON',
    ],
    [
      'a body over 1 MB',
      JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(1_100_000) }),
      413,
      'PAYLOAD_TOO_LARGE',
      'The request body is over the limit of 1048576 bytes',
    ],
  ])(
    'answers %s with JSON, a stable code and no internals',
    async (_, body, status, code, message) => {
      const answer = await post(api, body);
      expect(answer.status).toBe(status);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(answer.body).toEqual({ errors: [{ message, extensions: { code } }] });
      expectNoInternals(answer);
    },
  );

  it.each([
    [
      '/nothing-here',
      'Nothing at GET /nothing-here: the API is POST /graphql; see / for the explorer',
    ],
    ['/assets/missing-file.js', 'No such file'],
  ])('answers GET %s with a JSON 404', async (route, message) => {
    const answer = await send(api.server.graphqlUrl.replace(/\/graphql$/, route));
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ errors: [{ message, extensions: { code: 'NOT_FOUND' } }] });
  });

  it('sends security headers with every answer, and no X-Powered-By', async () => {
    for (const route of ['/graphql', '/', '/readyz']) {
      const answer =
        route === '/graphql'
          ? await post(api, { query: '{ __typename }' })
          : await send(api.server.graphqlUrl.replace(/\/graphql$/, route));
      expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
      expect(answer.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('lets any origin call the API by default, and only the listed ones with KKS_CORS_ORIGINS', async () => {
    const open = await post(
      api,
      { query: '{ __typename }' },
      { origin: 'https://elsewhere.example' },
    );
    expect(open.headers.get('access-control-allow-origin')).toBe('*');

    const listed = await startHttpApi(connection.gateway, {
      env: { KKS_CORS_ORIGINS: 'https://kks.example.org' },
    });
    try {
      const allowed = await post(
        listed,
        { query: '{ __typename }' },
        { origin: 'https://kks.example.org' },
      );
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://kks.example.org');
      const other = await post(
        listed,
        { query: '{ __typename }' },
        { origin: 'https://elsewhere.example' },
      );
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await send(listed.server.graphqlUrl, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://kks.example.org',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    } finally {
      await listed.server.stop();
    }
  });
});

describe('production mode', () => {
  it('keeps introspection, suggestions and the playground off unless enabled', async () => {
    const production = await startHttpApi(connection.gateway, {
      env: { KKS_ENV: 'production' },
      playground: false,
    });
    const introspecting = await startHttpApi(connection.gateway, {
      env: { KKS_ENV: 'production', KKS_INTROSPECTION: 'on' },
    });
    try {
      const introspection = await post(production, { query: getIntrospectionQuery() });
      expect(introspection.status).toBe(400);
      expect(codes(introspection)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect((await post(introspecting, { query: getIntrospectionQuery() })).status).toBe(200);

      const misspelled = '{ concepts { totalCont } }';
      expect((await post(api, { query: misspelled })).body.errors?.[0]?.message).toContain(
        'Did you mean "totalCount"?',
      );
      const hidden = await post(production, { query: misspelled });
      expect(hidden.status).toBe(400);
      expect(hidden.body.errors?.[0]?.message).not.toContain('Did you mean');

      const page = await send(production.server.graphqlUrl, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(404);

      const served = await post(production, { query: '{ essays(first: 1) { totalCount } }' });
      expect(served.status).toBe(200);
      expect(served.body.errors).toBeUndefined();
    } finally {
      await production.server.stop();
      await introspecting.server.stop();
    }
  });
});

describe('rate limits', () => {
  it('answers a client over KKS_REQUESTS_PER_MINUTE with 429 RATE_LIMITED and Retry-After', async () => {
    const limited = await startHttpApi(connection.gateway, {
      env: { KKS_REQUESTS_PER_MINUTE: '3' },
    });
    try {
      for (let request = 0; request < 3; request++) {
        expect((await post(limited, { query: '{ __typename }' })).status).toBe(200);
      }
      const refused = await post(limited, { query: '{ __typename }' });
      expect(refused.status).toBe(429);
      expect(refused.body).toEqual({
        errors: [
          {
            message: expect.stringMatching(
              /^Too many requests: at most 3 a minute per client; try again in \d+ s$/,
            ) as string,
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const exported = await send(
        limited.server.graphqlUrl.replace(/graphql$/, 'export/concepts.ttl'),
      );
      expect(exported.status).toBe(429);
      const live = await send(limited.server.graphqlUrl.replace(/graphql$/, 'livez'));
      expect(live.status).toBe(200);
    } finally {
      await limited.server.stop();
    }
  });

  it('counts mutations against the stricter KKS_MUTATIONS_PER_MINUTE, and a refused one changes nothing', async () => {
    const limited = await startHttpApi(connection.gateway, {
      env: { KKS_MUTATIONS_PER_MINUTE: '2' },
      curators: [CURATOR],
    });
    const addLabel = (concept: string, label: string) =>
      post(
        limited,
        {
          query: `mutation ($input: AddConceptLabelInput!) { addConceptLabel(input: $input) { changed } }`,
          variables: { input: { concept, label, lang: 'EN' } },
        },
        { authorization: `Bearer ${CURATOR.key}` },
      );
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        const refusedByInput = await addLabel('Concept:no-such-concept', 'anything');
        expect(codes(refusedByInput)).toEqual(['BAD_USER_INPUT']);
      }
      const refused = await addLabel('Concept:reshoring', 'rate limited label');
      expect(refused.status).toBe(429);
      expect(codes(refused)).toEqual(['RATE_LIMITED']);
      expect(refused.body.errors?.[0]?.message).toMatch(
        /^Too many mutations: at most 2 a minute per client; try again in \d+ s$/,
      );
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const concept = await post(limited, {
        query: '{ concept(slug: "reshoring") { altLabels(lang: EN) } }',
      });
      expect(JSON.stringify(concept.body)).not.toContain('rate limited label');
    } finally {
      await limited.server.stop();
    }
  });
});
