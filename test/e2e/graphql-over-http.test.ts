/**
 * GraphQL over HTTP compliance: the `graphql-http` package's server audits, run against the real
 * API at /graphql over the test database. Every MUST passes; the SHOULD and MAY audits the server
 * does not meet are pinned in an explicit list, so that a regression or an improvement shows.
 */
import { serverAudits, type Audit, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpApi, type HttpApi } from '../support/http-api.js';
import { connectTestDatabase, type TestConnection } from '../support/test-database.js';

let connection: TestConnection;
let api: HttpApi | undefined;

beforeAll(async () => {
  connection = await connectTestDatabase();
  api = await startHttpApi(connection.gateway);
});

afterAll(async () => {
  await api?.server.stop();
  await connection.driver.close();
});

/**
 * The audits, listed at collection time so that each MUST is a test of its own; `url` is a function
 * that every audit calls when it runs, by which time beforeAll has started the API.
 */
const audits: readonly Audit[] = serverAudits({
  url: () => {
    if (api === undefined)
      throw new Error('the audits run in tests, after beforeAll starts the API');
    return api.server.graphqlUrl;
  },
});

const mustAudits = audits.filter((audit) => audit.name.startsWith('MUST'));

/** What a failed audit saw, for the failure message: its reason, and the status and body received. */
async function describeFailure(result: AuditResult): Promise<string> {
  if (result.status === 'ok') return 'ok';
  const body = await result.response.text().catch(() => '<body already read>');
  return `${result.reason}; the server answered ${result.response.status}: ${body.slice(0, 500)}`;
}

describe('the MUST audits of GraphQL over HTTP', () => {
  it('are found', () => {
    expect(mustAudits.length).toBeGreaterThan(0);
  });

  it.each(mustAudits)('$id $name', async (audit) => {
    const result = await audit.fn();
    expect(result.status, await describeFailure(result)).toBe('ok');
  });
});

/**
 * The SHOULD audits the server does not meet, all for one choice of Apollo Server's: a request that
 * fails before execution gets 400 whatever the client accepts, where the spec recommends 200 for
 * legacy `application/json` clients (and 400 for `application/graphql-response+json`, which it
 * gets). FDE2's document, `{ 8f31… }`, is in fact a syntax error, and 7B9B's
 * (`query CoerceFailure($id: ID!){ __typename }`) fails validation for its unused variable before
 * any coercion: a parse or validation failure either way.
 */
const UNMET_SHOULD_AUDITS: readonly string[] = [
  '572B SHOULD use 200 status code on document parsing failure when accepting application/json',
  'FDE2 SHOULD use 200 status code on document validation failure when accepting application/json',
  '7B9B SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
];

/**
 * The MAY audits the server does not meet: a GET without a `content-type` or an
 * `apollo-require-preflight` header is what a cross-site `<img>` or form can send, so Apollo's CSRF
 * prevention (on by default) refuses it with 400. GET queries work with the header.
 */
const UNMET_MAY_AUDITS: readonly string[] = [
  '5A70 MAY accept application/x-www-form-urlencoded formatted GET requests',
  'D6D5 MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
  '6A70 MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
];

/** The audits of one requirement level that the server does not meet, as `id name`. */
async function unmet(level: 'SHOULD' | 'MAY'): Promise<string[]> {
  const names: string[] = [];
  // One at a time, in the package's order, so the list compares in a stable order.
  for (const audit of audits.filter(({ name }) => name.startsWith(`${level} `))) {
    const result = await audit.fn();
    if (result.status !== 'ok') names.push(`${audit.id} ${audit.name}`);
  }
  return names;
}

describe('the SHOULD and MAY audits of GraphQL over HTTP', () => {
  it('are unmet exactly where expected: SHOULD', async () => {
    expect(await unmet('SHOULD')).toEqual(UNMET_SHOULD_AUDITS);
  });

  it('are unmet exactly where expected: MAY', async () => {
    expect(await unmet('MAY')).toEqual(UNMET_MAY_AUDITS);
  });
});
