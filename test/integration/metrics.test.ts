/**
 * GET /metrics as Prometheus scrapes it: the text exposition format, with latency per operation,
 * errors by code, Cypher durations, DataLoader batch sizes, the driver's connections and whether the
 * database answers. Operation names a client invents share one label, so the registry cannot grow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpApi, type HttpApi } from '../support/http-api.js';
import { connectTestDatabase, type TestConnection } from '../support/test-database.js';

let connection: TestConnection;
let api: HttpApi;

beforeAll(async () => {
  connection = await connectTestDatabase();
  api = await startHttpApi(connection.gateway, { env: { KKS_MUTATIONS_PER_MINUTE: '1' } });
});

afterAll(async () => {
  await api.server.stop();
  await connection.driver.close();
});

/** Every sample of the exposition, as `name{labels}` → value. */
async function scrape(): Promise<{ contentType: string | null; samples: Map<string, number> }> {
  const response = await fetch(api.server.graphqlUrl.replace(/graphql$/, 'metrics'));
  expect(response.status).toBe(200);
  const samples = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    const sample = /^([a-zA-Z_:][\w:]*(?:\{[^}]*\})?) (\S+)$/.exec(line);
    if (sample) samples.set(sample[1]!, Number(sample[2]));
  }
  return { contentType: response.headers.get('content-type'), samples };
}

describe('GET /metrics', () => {
  it('counts operations by trusted name, errors by code, statements, batches and the pool', async () => {
    await api.query(
      `query ExplorerDocuments($lang: Language!) {
      concepts(first: 1) { edges { node { label(lang: $lang) } } } }`,
      {
        lang: 'EN',
      },
    );
    for (let request = 0; request < 2; request++) {
      await api.query(`query MadeUpName${request} { concepts(first: 5) { edges { node {
        label findings(first: 2) { totalCount } } } } }`);
    }
    await api.query(`{ node(id: "garbage") { id } }`);
    await api.query(
      `mutation { addConceptLabel(input: { concept: "x", label: "y", lang: EN }) { changed } }`,
    );
    await api.query(
      `mutation { addConceptLabel(input: { concept: "x", label: "y", lang: EN }) { changed } }`,
    );

    const { contentType, samples } = await scrape();
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    const count = (name: string) => samples.get(name) ?? 0;
    expect(
      count(
        'kks_graphql_operation_duration_seconds_count{operation="ExplorerDocuments",type="query"}',
      ),
    ).toBe(1);
    expect(
      count('kks_graphql_operation_duration_seconds_count{operation="other",type="query"}'),
    ).toBe(2);
    expect(
      count('kks_graphql_operation_duration_seconds_count{operation="anonymous",type="query"}'),
    ).toBeGreaterThanOrEqual(1);
    expect([...samples.keys()].some((name) => name.includes('MadeUpName'))).toBe(false);
    expect(count('kks_graphql_errors_total{code="BAD_USER_INPUT"}')).toBeGreaterThanOrEqual(1);
    expect(count('kks_graphql_errors_total{code="UNAUTHENTICATED"}')).toBe(1);
    expect(count('kks_graphql_errors_total{code="RATE_LIMITED"}')).toBe(1);
    expect(count('kks_rate_limited_total{kind="mutation"}')).toBe(1);
    expect(count('kks_cypher_statement_duration_seconds_count{mode="READ"}')).toBeGreaterThan(2);
    expect(count('kks_dataloader_batch_size_count{loader="neighbours"}')).toBeGreaterThanOrEqual(1);
    expect(count('kks_dataloader_batch_size_sum{loader="neighbours"}')).toBeGreaterThanOrEqual(5);
    // Nothing but, perhaps, a readiness probe holds a connection between requests.
    expect(samples.get('kks_neo4j_connections_in_use')).toBeLessThanOrEqual(1);
    expect(samples.get('kks_neo4j_pool_max')).toBe(50);
    expect(samples.get('kks_database_up')).toBe(1);
    expect(count('process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(count('nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
  });
});
