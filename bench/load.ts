/**
 * `npm run load`: the API under a realistic mix of reads (bench/load-mix.ts) at 1, 10 and 50
 * connections, with autocannon, against a throwaway Neo4j seeded with the real seed data. Reports
 * per phase throughput, latency p50/p99, error statuses, GraphQL errors by code and timeouts, and
 * the server's resident memory, sampled every second, with its trend (bench/load-rss.ts).
 *
 *   LOAD_SECONDS       seconds per phase (default 20). The 10-minute form, for the issue's
 *                      "zero server errors and no RSS growth trend": LOAD_SECONDS=200 npm run load
 *   LOAD_CONNECTIONS   the phases' connection counts (default 1,10,50)
 *
 * The server runs compiled (`tsc -p tsconfig.build.json` first) in a child process of its own,
 * rate limits off, so its RSS is its own. Writes bench/reports/load-<time>.json. Exits 1 when any
 * request failed (a 5xx, a server-side code such as INTERNAL_SERVER_ERROR, DATABASE_ERROR or TIMEOUT,
 * a refused request, a transport error) or memory trends up; 130 when interrupted.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { seedGraph } from '../seed/seed-graph.js';
import { connectDriver } from '../src/neo4j/driver.js';
import { Neo4jGateway } from '../src/neo4j/gateway.js';
import { startLocalNeo4j } from '../src/neo4j/local-neo4j.js';
import { projectPath } from '../src/project-paths.js';
import { applyGraphSchema } from '../src/repositories/graph-schema.repository.js';
import { freePort } from '../test/support/free-port.js';
import { buildMix, DISCOVERY, MIX, toCatalogue, type MixRequest } from './load-mix.js';
import {
  failuresOf,
  phaseResult,
  printReport,
  writeReport,
  type PhaseResult,
} from './load-report.js';
import { RssSampler, rssTrend, type PhaseWindow } from './load-rss.js';
import { buildServer, serverErrorCounts, startServer } from './load-server.js';
import { Tally } from './load-tally.js';

const SECONDS = positiveInteger('LOAD_SECONDS', process.env['LOAD_SECONDS'] ?? '20');
const CONNECTIONS = (process.env['LOAD_CONNECTIONS'] ?? '1,10,50')
  .split(',')
  .map((value) => positiveInteger('LOAD_CONNECTIONS', value.trim()));
/** Far above any answer's latency: a request still unanswered then is a hung server. */
const CLIENT_TIMEOUT_S = 30;
const PROGRESS_EVERY_MS = 10_000;

/** Undo steps, last first; run once, by the end of main or by Ctrl-C. */
const cleanup: (() => Promise<unknown>)[] = [];
let cleaning: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  return (cleaning ??= (async () => {
    for (const undo of cleanup.reverse())
      await undo().catch((error: unknown) => say(`cleanup: ${String(error)}`));
  })());
}
/** Set by Ctrl-C: the signal handler then owns the exit. */
const run = { interrupted: false };
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    run.interrupted = true;
    say(`${signal}: stopping the server and Neo4j`);
    void cleanUp().then(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  const startedAt = new Date().toISOString();
  say(`${CONNECTIONS.length} phases of ${SECONDS} s at ${CONNECTIONS.join(', ')} connections`);
  say('compiling the server');
  await buildServer();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kks-load-'));
  cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
  const local = await startLocalNeo4j({ dataDir, boltPort: await freePort(), heap: '1g' });
  cleanup.push(() => local.stop());
  say(`Neo4j up at ${local.uri}; seeding`);
  const gateway = new Neo4jGateway(await connectDriver(local), 'neo4j');
  try {
    await applyGraphSchema(gateway);
    await seedGraph(gateway);
  } finally {
    await gateway.close();
  }
  const server = await startServer(local);
  cleanup.push(() => server.stop());
  say(`server (pid ${server.pid}) ready at ${server.origin}`);

  const catalogue = toCatalogue(await post(server.origin, DISCOVERY));
  const mix = buildMix(catalogue);
  await preflight(server.origin, mix);

  const sampler = new RssSampler(server.pid, server.origin, () => local.pid);
  cleanup.push(() => {
    sampler.stop();
    return Promise.resolve();
  });
  await sampler.start();
  const phases: PhaseResult[] = [];
  const windows: PhaseWindow[] = [];
  const total = new Tally();
  for (const connections of CONNECTIONS) {
    const name = `${connections} conn`;
    sampler.phase = name;
    const start = sampler.now();
    const { result, tally } = await runPhase(server.origin, mix, connections, sampler);
    windows.push({ name, start, end: sampler.now() });
    total.merge(tally);
    phases.push(phaseResult(connections, result, tally));
    if (server.exit()) break;
  }
  sampler.phase = 'idle';
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  sampler.stop();
  const gone = server.exit();
  const serverCounts = gone ? {} : await serverErrorCounts(server.origin);
  const rss = rssTrend(sampler.samples, windows);

  const failures = failuresOf(phases, rss, server);
  printReport(phases, total, rss, server.errorLines, serverCounts);
  const file = await writeReport({
    startedAt,
    machine: { cpus: os.cpus().length, loadAverage: os.loadavg(), node: process.version },
    settings: {
      secondsPerPhase: SECONDS,
      connections: CONNECTIONS,
      clientTimeoutS: CLIENT_TIMEOUT_S,
    },
    mix: MIX.map(({ operation, weight }) => ({ operation, weight })),
    phases,
    operations: total.summary(),
    serverErrorCodes: serverCounts,
    serverErrorLogLines: server.errorLines.slice(0, 20),
    serverWarnLines: server.warnings(),
    serverExit: gone,
    rss: { ...rss, samples: sampler.samples },
    failures,
  });
  say(`report: ${path.relative(projectPath(), file)}`);
  for (const failure of failures) say(`FAIL: ${failure}`);
  return failures.length === 0 ? 0 : 1;
}

/**
 * Sends every request of the mix once, one at a time: a broken query or variable fails here, in a
 * readable message, not as thousands of errors under load. Warms the server up as well.
 */
async function preflight(origin: string, mix: readonly MixRequest[]): Promise<void> {
  const started = performance.now();
  const tally = new Tally();
  for (const request of mix) {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: request.body,
    });
    const body = await response.text();
    if (tally.response(request.operation, response.status, body)) {
      throw new Error(
        `preflight: ${request.operation} answered ${response.status}: ${body.slice(0, 500)}\nrequest: ${request.body.slice(0, 500)}`,
      );
    }
  }
  say(
    `preflight: ${mix.length} requests of ${MIX.length} operations answered without error in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

function runPhase(
  origin: string,
  mix: readonly MixRequest[],
  connections: number,
  sampler: RssSampler,
): Promise<{ result: autocannon.Result; tally: Tally }> {
  const tally = new Tally();
  // autocannon calls a request's onResponse and then, synchronously, emits 'response' with the
  // latency: the operation last answered is the one that latency belongs to.
  let answered = '';
  const requests: autocannon.Request[] = mix.map((request) => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: request.body,
    onResponse: (status: number, body: string) => {
      answered = request.operation;
      tally.response(request.operation, status, body);
    },
  }));
  let clients = 0;
  let responses = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration: SECONDS,
        timeout: CLIENT_TIMEOUT_S,
        requests,
        // Each connection starts at another point of the mix, so 50 of them do not send the same
        // operation at the same moment.
        setupClient: (client) => {
          const offset = Math.floor((clients++ * requests.length) / connections);
          client.setRequests([...requests.slice(offset), ...requests.slice(0, offset)]);
        },
      },
      (error, result) => {
        clearInterval(progress);
        if (error) reject(error as Error);
        else resolve({ result, tally });
      },
    );
    instance.on('response', (_client, _status, _bytes, ms) => {
      responses += 1;
      tally.latency(answered, ms);
    });
    let last = 0;
    const started = performance.now();
    const progress = setInterval(() => {
      const rate = (responses - last) / (PROGRESS_EVERY_MS / 1000);
      last = responses;
      const elapsed = Math.round((performance.now() - started) / 1000);
      say(
        `${connections} conn ${elapsed}/${SECONDS} s: ${rate.toFixed(0)} req/s, server RSS ${sampler.latestMb() ?? '?'} MB, ${tally.failedResponses} errors`,
      );
    }, PROGRESS_EVERY_MS);
  });
}

async function post(origin: string, query: string): Promise<unknown> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(`discovery failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

function positiveInteger(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new Error(`${name} must be a positive whole number (got ${JSON.stringify(value)})`);
  }
  return number;
}

function say(message: string): void {
  console.log(`[load] ${message}`);
}

let code = 1;
try {
  code = await main();
} catch (error) {
  if (!run.interrupted) console.error(error);
} finally {
  await cleanUp();
}
if (!run.interrupted) process.exit(code);
