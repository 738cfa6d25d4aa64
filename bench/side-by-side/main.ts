/**
 * `npm run bench`: kks-graph side by side with the Neo4j GraphQL Library and hand-written Cypher
 * (issue 11), on the seed graph in one throwaway Neo4j.
 *
 * Contenders: C0 (`RETURN 1` over HTTP, the floor), R (one hand-written Cypher statement per
 * workload), A (kks-graph), A-DL (kks-graph with look-ahead and DataLoader batching off: every field
 * by its resolver, one statement per key) and N (`@neo4j/graphql` on Apollo). Every contender serves from this process; autocannon runs in a child process, so the
 * load it makes does not share the contenders' event loop. Before any timing, the answers of R, A,
 * A-DL and N are compared as canonical JSON, and the run fails at the first difference. Every
 * workload is a read but W1, a curation write that changes the graph once, at its first request,
 * and no read workload's answer (workloads.ts); kks-graph takes it with the bench's curator key.
 *
 * Then, round after round, each contender in turn (the order rotated every round) takes each
 * workload at each number of connections; a warm-up pass before the first round is discarded.
 * Where A misses a target, it is then profiled alone at the workload and connections where it is
 * lowest. The report goes to bench/results/<timestamp>.md and .json.
 *
 *   npm run bench -- --quick      3 rounds × 2 s, 1 and 16 connections (32 timed targets: C0,
 *                                 R, A and N on 10 workloads, A-DL on the fan-out; each load costs
 *                                 about a second more to start and stop: 8 minutes measured)
 *   npm run bench -- --tier S     the same on a synthetic corpus of tier S (or M): see
 *                                 synthetic-corpus.ts
 *   npm run bench -- --check      only the answer check (and the statements per request)
 *   npm run bench                 5 rounds × 5 s, 1, 16 and 64 connections (32 targets × 3 × 5 ×
 *                                 about 6 s = 48 minutes, with warm-up and loading about 52)
 */
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { freePort } from '../../test/support/free-port.js';
import { checkAnswers } from './answer-check.js';
import { deployedBuild } from './deployed-build.js';
import { startCypherContender } from './cypher-contender.js';
import { LoadRunner, type Measurement } from './load-runner.js';
import { startNeo4jGraphQL } from './neo4j-graphql-contender.js';
import { profiledLoad, whereTimeGoes } from './cpu-profile.js';
import {
  FAN_OUT,
  isMissed,
  targetResults,
  writeReport,
  type Contender,
  type Lowest,
  type MissProfile,
  type Target,
  type TargetResult,
} from './report.js';
import { startSeededNeo4j } from './seeded-neo4j.js';
import { TIER_COPIES, type Tier } from './synthetic-corpus.js';
import { CURATOR_ENV, WORKLOADS } from './workloads.js';

// tsx turns on source maps, which make every Error's stack costly to build, and the Neo4j driver
// builds one per statement; `npm start` runs without them, so the contenders do too.
process.setSourceMapsEnabled(false);

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    tier: { type: 'string', default: 'seed' },
    workloads: { type: 'string' },
  },
});
if (flags.tier !== 'seed' && !(flags.tier in TIER_COPIES)) {
  throw new Error(`--tier is seed, ${Object.keys(TIER_COPIES).join(' or ')}, not ${flags.tier}`);
}
const tier = flags.tier as Tier | 'seed';
/** `--workloads a,b`: only these, for a quick look at one change; the report says so. */
const only = flags.workloads?.split(',');
const unknown = only?.filter((key) => !WORKLOADS.some((workload) => workload.key === key)) ?? [];
if (unknown.length > 0) {
  throw new Error(
    `no workload ${unknown.join(', ')}: ${WORKLOADS.map((workload) => workload.key).join(', ')}`,
  );
}
const workloads = only ? WORKLOADS.filter((workload) => only.includes(workload.key)) : WORKLOADS;
/** How long a missed target's workload is profiled, and how many packages and functions shown. */
const PROFILE_SECONDS = 5;
const PROFILE_TOP = 12;
const plan = flags.quick
  ? { rounds: 3, seconds: 2, connections: [1, 16], warmUpSeconds: 1 }
  : { rounds: 5, seconds: 5, connections: [1, 16, 64], warmUpSeconds: 3 };

const database = await startSeededNeo4j(tier);
console.log(`graph loaded: ${JSON.stringify(database.load)}`);
/** What to stop when the run ends, however it ends: the last started first. */
const running: (() => Promise<void>)[] = [() => database.stop()];
/** Stops everything started, the last first; one that fails to stop does not keep the rest up. */
let stopping: Promise<void> | undefined;
const stopAll = () =>
  (stopping ??= (async () => {
    for (const stop of running.reverse()) {
      await stop().catch((error: unknown) => console.error('could not stop:', error));
    }
  })());
// Interrupted once the graph is loaded, the run still stops its JVM and removes its database.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stopAll().finally(() => process.exit(130)));
}
try {
  await run();
} finally {
  await stopAll();
}

async function run(): Promise<void> {
  const plainDriver = () => {
    const driver = neo4j.driver(
      database.local.uri,
      neo4j.auth.basic(database.local.user, database.local.password),
      { disableLosslessIntegers: true },
    );
    running.push(() => driver.close());
    return driver;
  };
  const cypherDriver = plainDriver();
  const libraryDriver = plainDriver();
  const statements = { A: 0, 'A-DL': 0 };
  const logger = pino({ level: 'silent' });
  const { loadConfig, startHttpServer, Neo4jGateway } = await deployedBuild();
  const config = loadConfig({ PORT: '0', KKS_REQUESTS_PER_MINUTE: '0', ...CURATOR_ENV });
  const apiServer = await startHttpServer({
    gateway: new Neo4jGateway(database.driver, 'neo4j', { observers: [() => (statements.A += 1)] }),
    logger,
    config,
  });
  running.push(() => apiServer.stop());
  const unbatchedServer = await startHttpServer({
    gateway: new Neo4jGateway(database.driver, 'neo4j', {
      observers: [() => (statements['A-DL'] += 1)],
    }),
    logger,
    config,
    batching: false,
    lookAhead: false,
  });
  running.push(() => unbatchedServer.stop());
  const library = await startNeo4jGraphQL(libraryDriver, await freePort());
  running.push(() => library.stop());
  const cypher = await startCypherContender(cypherDriver, WORKLOADS);
  running.push(() => cypher.stop());

  // Pricing measures the graph once, at the first request: not a statement of any workload.
  for (const url of [apiServer.graphqlUrl, unbatchedServer.graphqlUrl]) {
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
  }
  const { checks: check, refused } = await checkAnswers(workloads, {
    api: apiServer.graphqlUrl,
    unbatched: unbatchedServer.graphqlUrl,
    library: library.url,
    cypher: cypher.url,
    statements,
  });
  if (flags.check) return;

  const targets = (contender: Contender): Target[] => {
    if (contender === 'C0') return [{ workload: 'floor', url: `${cypher.url}/floor`, body: '' }];
    // What batching saves shows on a fan-out; A-DL is timed there only, to keep runs short.
    const answered = workloads.filter(
      (w) => !refused.some((refusal) => refusal.workload === w.key),
    );
    const timed = contender === 'A-DL' ? answered.filter((w) => w.key === FAN_OUT) : answered;
    return timed.map((workload) => {
      if (contender === 'R') {
        return { workload: workload.key, url: `${cypher.url}/cypher/${workload.key}`, body: '' };
      }
      const url =
        contender === 'A'
          ? apiServer.graphqlUrl
          : contender === 'A-DL'
            ? unbatchedServer.graphqlUrl
            : library.url;
      const request = contender === 'N' ? workload.library : workload.api;
      const headers = contender === 'N' ? undefined : workload.apiHeaders;
      return { workload: workload.key, url, body: JSON.stringify(request), headers };
    });
  };
  const loads = new LoadRunner(() => database.endLeftoverStatements());
  running.push(() => loads.stop());
  const contenders: Contender[] = ['C0', 'R', 'A', 'A-DL', 'N'];
  for (const contender of contenders) {
    for (const target of targets(contender)) {
      await loads.run(target, { connections: 16, seconds: plan.warmUpSeconds });
    }
  }
  const measurements: (Measurement & { round: number; contender: Contender })[] = [];
  for (let round = 0; round < plan.rounds; round++) {
    const shift = round % contenders.length;
    const order = [...contenders.slice(shift), ...contenders.slice(0, shift)];
    console.log(`round ${round + 1}/${plan.rounds}: ${order.join(' ')}`);
    for (const contender of order) {
      for (const target of targets(contender)) {
        for (const connections of plan.connections) {
          const measurement = await loads.run(target, { connections, seconds: plan.seconds });
          measurements.push({ ...measurement, round, contender });
        }
      }
    }
  }
  const measured = {
    plan,
    only,
    load: database.load,
    check,
    refused,
    measurements,
    neo4jVersion: await neo4jVersion(cypherDriver),
  };
  const written = await writeReport({
    ...measured,
    profiles: await profileMisses(loads, targetResults(measured).filter(isMissed), (workload) =>
      targets('A').find((target) => target.workload === workload),
    ),
  });
  console.log(`report: ${written.markdown}`);
}

/**
 * A alone under the profiler at each missed target's lowest workload and connections (once for
 * targets that share them), so the report can say where its time goes.
 */
async function profileMisses(
  loads: LoadRunner,
  missed: readonly (TargetResult & { measured: Lowest })[],
  targetOf: (workload: string) => Target | undefined,
): Promise<MissProfile[]> {
  const session = new Session();
  session.connect();
  try {
    const profiles: MissProfile[] = [];
    for (const { workload, connections } of missed.map((miss) => miss.measured)) {
      const target = targetOf(workload);
      const done = profiles.some((p) => p.workload === workload && p.connections === connections);
      if (target === undefined || done) continue;
      console.log(`profiling A: ${workload} at ${connections} connections`);
      const { measurement, profile } = await profiledLoad(session, loads, target, {
        connections,
        seconds: PROFILE_SECONDS,
      });
      profiles.push({
        workload,
        connections,
        seconds: PROFILE_SECONDS,
        measurement,
        spent: whereTimeGoes(profile, PROFILE_TOP),
      });
    }
    return profiles;
  } finally {
    session.disconnect();
  }
}

async function neo4jVersion(driver: neo4j.Driver): Promise<string> {
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD versions, edition RETURN versions[0] + " " + edition AS version',
  );
  return String(records[0]?.get('version'));
}
