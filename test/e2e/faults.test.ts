/**
 * The API (as `npm start` runs it, with its own supervised Neo4j) under steady traffic while its
 * database fails: frozen for 30 s (SIGSTOP), killed (SIGKILL), and stopped cleanly (SIGTERM). In each
 * case no request waits past the operation deadline, /livez and /readyz answer within a second,
 * /readyz turns unready within 2 s, errors stop within 15 s of the database being back, the API
 * never exits, and every write it acknowledged is in the graph exactly once. And eight concurrent
 * worst-case requests leave it serving normal ones, within a bounded RSS.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local-neo4j.js';
import { freePort } from '../support/free-port.js';
import { startApiProcess, type ApiProcess } from '../support/api-process.js';
import { databaseEnv } from '../support/test-database.js';
import { failed, Traffic, type RequestRecord } from '../support/traffic.js';

const DEADLINE_MS = 3_000;
/** What a client-side measurement adds to the server's deadline: HTTP, JSON, a busy machine. */
const MEASUREMENT_SLACK_MS = 1_500;
const CURATOR = { name: 'faults', key: 'faults-key-0123456789abcdefghijk' };
const CONCEPT = 'slimme-specialisatie';
/** The bound the README states for RSS under the worst load the limits admit. */
const RSS_BOUND_MB = 500;

let dataDir: string;
let api: ApiProcess;
let graphqlUrl: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'kks-faults-'));
  api = startApiProcess({
    KKS_DATA_DIR: dataDir,
    KKS_NEO4J_PORT: String(await freePort()),
    KKS_NEO4J_HEAP: '512m',
    PORT: '0',
    KKS_OPERATION_DEADLINE_MS: String(DEADLINE_MS),
    NEO4J_TRANSACTION_TIMEOUT_MS: String(DEADLINE_MS),
    KKS_REQUESTS_PER_MINUTE: '0',
    KKS_MUTATIONS_PER_MINUTE: '0',
    KKS_CURATOR_KEYS: `${CURATOR.name}:${CURATOR.key}`,
  });
  graphqlUrl = await api.listening;
}, 180_000);

afterAll(async () => {
  await api.stop('SIGTERM');
  await rm(dataDir, { recursive: true, force: true });
}, 60_000);

/** The pid of the JVM the API runs now: the last one it logged starting. */
function jvmPid(): number {
  const pids = api.lines.flatMap((line) => {
    const match = /JVM pid (\d+)|Neo4j restarted \(pid (\d+)\)/.exec(line.msg);
    return match ? [Number(match[1] ?? match[2])] : [];
  });
  const pid = pids.at(-1);
  if (pid === undefined) throw new Error('the API has not logged its JVM pid');
  return pid;
}

function rssMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
}

async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now();
}

async function ready(): Promise<boolean> {
  const response = await fetch(graphqlUrl.replace(/graphql$/, 'readyz')).catch(() => null);
  return response?.status === 200;
}

interface FaultReport {
  readonly unreadyAfterMs: number;
  readonly errorsStoppedAfterMs: number;
  readonly slowestRequestMs: number;
  readonly slowestProbeMs: number;
}

/**
 * Runs traffic, applies `fault` at a known moment, waits until `recovered` says the database is
 * back, lets traffic run 15 s more, and measures what the clients saw.
 */
async function underTraffic(
  name: string,
  fault: () => Promise<void> | void,
  recover: () => Promise<void>,
): Promise<{ report: FaultReport; traffic: Traffic }> {
  const traffic = new Traffic({
    graphqlUrl,
    readers: 6,
    curator: `Bearer ${CURATOR.key}`,
    concept: CONCEPT,
    labelPrefix: `fault ${name}`,
  });
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const faultAt = Date.now();
  await fault();
  const unreadyAt = await waitFor(async () => !(await ready()), 10_000);
  await recover();
  const backAt = await waitFor(ready, 120_000);
  await new Promise((resolve) => setTimeout(resolve, 15_000));
  await traffic.stop();

  const graphql = traffic.records.filter(
    (record) => record.kind === 'read' || record.kind === 'write',
  );
  const probes = traffic.records.filter(
    (record) => record.kind === 'livez' || record.kind === 'readyz',
  );
  const lastFailure = Math.max(backAt, ...graphql.filter(failed).map((record) => record.started));
  const report = {
    unreadyAfterMs: unreadyAt - faultAt,
    errorsStoppedAfterMs: lastFailure - backAt,
    slowestRequestMs: Math.max(...graphql.map((record) => record.ms)),
    slowestProbeMs: Math.max(...probes.map((record) => record.ms)),
  };
  console.info(`[fault ${name}]`, JSON.stringify(report));
  return { report, traffic };
}

function expectContained(report: FaultReport, traffic: Traffic): void {
  expect(report.unreadyAfterMs).toBeLessThanOrEqual(2_000);
  expect(report.slowestRequestMs).toBeLessThanOrEqual(DEADLINE_MS + MEASUREMENT_SLACK_MS);
  expect(report.slowestProbeMs).toBeLessThanOrEqual(1_000);
  expect(report.errorsStoppedAfterMs).toBeLessThanOrEqual(15_000);
  expect(
    traffic.records.filter((record) => record.kind === 'livez').every((record) => !failed(record)),
  ).toBe(true);
  const codes = new Set(traffic.records.flatMap((record: RequestRecord) => record.errors));
  for (const code of codes) expect(['DATABASE_UNAVAILABLE', 'TIMEOUT']).toContain(code);
  expect(api.child.exitCode).toBeNull();
}

async function altLabels(): Promise<string[]> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ concept(slug: "${CONCEPT}") { altLabels(lang: EN) } }` }),
  });
  const body = (await response.json()) as { data: { concept: { altLabels: string[] } } };
  return body.data.concept.altLabels;
}

/** Every acknowledged label is stored exactly once; none is stored twice. */
async function expectAcknowledgedExactlyOnce(traffic: Traffic): Promise<void> {
  const stored = await altLabels();
  expect(traffic.acknowledged.length).toBeGreaterThan(0);
  for (const label of traffic.acknowledged) {
    expect(
      stored.filter((candidate) => candidate === label),
      label,
    ).toHaveLength(1);
  }
  expect(new Set(stored).size).toBe(stored.length);
}

describe('eight concurrent worst-case requests', () => {
  it('leave normal requests answered promptly and RSS under its bound', async () => {
    const normal = async () => {
      const started = performance.now();
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ concept(slug: "job-carving") { label definition } }' }),
      });
      expect(response.status).toBe(200);
      await response.json();
      return performance.now() - started;
    };
    const baseline: number[] = [];
    for (let request = 0; request < 10; request++) baseline.push(await normal());
    const copy = (index: number) =>
      `c${index}: findings(first: 100) { edges { node { relatedFindings(first: 20) {
         finding { evidence { quote passage { text } } } } } } }`;
    const worst = `{ ${[0, 1, 2, 3].map(copy).join(' ')} }`;
    const alone = performance.now();
    const single = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: worst }),
    });
    const singleBytes = (await single.text()).length;
    const aloneMs = performance.now() - alone;
    let peakRss = rssMegabytes(api.child.pid!);
    const sampler = setInterval(
      () => (peakRss = Math.max(peakRss, rssMegabytes(api.child.pid!))),
      50,
    );
    try {
      const storm = Array.from({ length: 8 }, async () => {
        const response = await fetch(graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: worst }),
        });
        const text = await response.text();
        const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
        return {
          status: response.status,
          bytes: text.length,
          codes: (body.errors ?? []).map((error) => error.extensions?.code),
        };
      });
      const during: number[] = [];
      for (let request = 0; request < 10; request++) during.push(await normal());
      const answers = await Promise.all(storm);
      // Each is answered whole, stopped at its deadline, or (having waited for its turn until the
      // deadline) refused as SERVER_BUSY: never anything else.
      for (const answer of answers) {
        if (answer.status === 503) expect(answer.codes).toEqual(['SERVER_BUSY']);
        else {
          expect(answer.status).toBe(200);
          for (const code of answer.codes) expect(code).toBe('TIMEOUT');
        }
      }
      const complete = answers.filter((answer) => answer.codes.length === 0);
      const busy = answers.filter((answer) => answer.status === 503);
      const median = (values: number[]) =>
        [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      console.info(
        `[worst case] alone: ${aloneMs.toFixed(0)} ms, ${singleBytes} bytes; normal median ${median(baseline).toFixed(0)} ms alone, ${median(during).toFixed(0)} ms during; slowest ${Math.max(...during).toFixed(0)} ms; peak RSS ${peakRss.toFixed(0)} MB; ${complete.length} of 8 answered whole (${complete[0]?.bytes ?? 0} bytes each), ${busy.length} refused as busy, the others stopped at the deadline`,
      );
      // Its usual latency: under the load test's 50 connections a detail query's p99 is 0.4-0.7 s;
      // measured here, the median during the storm is 0.1-0.3 s.
      expect(median(during)).toBeLessThan(1_000);
      expect(Math.max(...during)).toBeLessThan(2_500);
      expect(peakRss).toBeLessThan(RSS_BOUND_MB);
    } finally {
      clearInterval(sampler);
    }
  }, 60_000);
});

describe('a database that fails under traffic', () => {
  it('frozen for 30 s (SIGSTOP): bounded waits, unready at once, ready again, no lost write', async () => {
    const pid = jvmPid();
    const { report, traffic } = await underTraffic(
      'freeze',
      () => void process.kill(pid, 'SIGSTOP'),
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 30_000));
        process.kill(pid, 'SIGCONT');
      },
    );
    expectContained(report, traffic);
    await expectAcknowledgedExactlyOnce(traffic);
  }, 120_000);

  it.each([
    ['killed', 'SIGKILL', (pid: number) => `Neo4j (pid ${pid}) died: signal SIGKILL`],
    ['stopped cleanly', 'SIGTERM', (pid: number) => `Neo4j (pid ${pid}) is shutting down`],
  ] as const)(
    '%s (%s): logged at once, restarted by the API, no lost write',
    async (name, signal, logged) => {
      const pid = jvmPid();
      const { report, traffic } = await underTraffic(
        name,
        () => void process.kill(pid, signal),
        () => Promise.resolve(),
      );
      expectContained(report, traffic);
      expect(jvmPid()).not.toBe(pid);
      expect(api.lines.some((line) => line.msg === logged(pid))).toBe(true);
      await expectAcknowledgedExactlyOnce(traffic);
    },
    180_000,
  );
});

describe('an external Neo4j (NEO4J_URI) that goes away', () => {
  it('turns the API unready, and ready again when the server returns', async () => {
    const external = await mkdtemp(path.join(tmpdir(), 'kks-external-'));
    const options = { dataDir: external, boltPort: await freePort(), heap: '512m' };
    let database: LocalNeo4j = await startLocalNeo4j(options);
    // Unsupervised, as a server the API does not own: when it is gone, it is gone until restarted.
    const client = startApiProcess({ ...databaseEnv(database), PORT: '0' });
    try {
      const url = await client.listening;
      const readyz = async () =>
        (await fetch(url.replace(/graphql$/, 'readyz')).catch(() => null))?.status === 200;
      expect(await readyz()).toBe(true);
      await database.stop();
      const stoppedAt = Date.now();
      const unreadyAt = await waitFor(async () => !(await readyz()), 10_000);
      expect(unreadyAt - stoppedAt).toBeLessThanOrEqual(2_000);
      database = await startLocalNeo4j(options);
      await waitFor(readyz, 30_000);
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ essays(first: 1) { totalCount } }' }),
      });
      expect(await response.json()).toMatchObject({ data: { essays: { totalCount: 6 } } });
      expect(client.child.exitCode).toBeNull();
      expect(client.lines.some((line) => line.msg === 'the database answers again: ready')).toBe(
        true,
      );
    } finally {
      await client.stop('SIGTERM');
      await database.stop();
      await rm(external, { recursive: true, force: true });
    }
  }, 180_000);
});
