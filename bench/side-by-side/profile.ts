/**
 * `npm run bench:profile -- <workload>... [--seconds N] [--connections N] [--tier S|M]`: where
 * kks-graph (A) spends its CPU on one workload of the side-by-side benchmark. A serves from this
 * process under autocannon (in its own process) while V8's sampling profiler runs; the profile is
 * written to bench/results/profiles/<workload>.cpuprofile (open it in Chrome's DevTools) and the
 * functions with the most self time, and the packages they belong to, are printed (cpu-profile.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { deployedBuild } from './deployed-build.js';
import { profiledLoad, whereTimeGoes, type SelfTime } from './cpu-profile.js';
import { LoadRunner } from './load-runner.js';
import { startSeededNeo4j } from './seeded-neo4j.js';
import { TIER_COPIES, type Tier } from './synthetic-corpus.js';
import { CURATOR_ENV, WORKLOADS, type Workload } from './workloads.js';

// tsx turns on source maps, which make every Error's stack costly to build, and the Neo4j driver
// builds one per statement; `npm start` runs without them, so the contenders do too.
process.setSourceMapsEnabled(false);

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    tier: { type: 'string', default: 'seed' },
    top: { type: 'string', default: '25' },
  },
});
const workloads = positionals.map((key) => {
  const workload = WORKLOADS.find((candidate) => candidate.key === key);
  if (!workload) {
    throw new Error(
      `no workload ${key}: ${WORKLOADS.map((candidate) => candidate.key).join(', ')}`,
    );
  }
  return workload;
});
if (workloads.length === 0) throw new Error('name one or more workloads');
if (flags.tier !== 'seed' && !(flags.tier in TIER_COPIES)) {
  throw new Error(`--tier is seed, ${Object.keys(TIER_COPIES).join(' or ')}, not ${flags.tier}`);
}

const { loadConfig, startHttpServer, Neo4jGateway } = await deployedBuild();
const database = await startSeededNeo4j(flags.tier as Tier | 'seed');
const server = await startHttpServer({
  gateway: new Neo4jGateway(database.driver, 'neo4j'),
  logger: pino({ level: 'silent' }),
  config: loadConfig({ PORT: '0', KKS_REQUESTS_PER_MINUTE: '0', ...CURATOR_ENV }),
});
const loads = new LoadRunner(() => database.endLeftoverStatements());
const session = new Session();
session.connect();
try {
  for (const workload of workloads) await profile(workload);
} finally {
  session.disconnect();
  await loads.stop();
  await server.stop();
  await database.stop();
}

async function profile(workload: Workload): Promise<void> {
  const target = {
    workload: workload.key,
    url: server.graphqlUrl,
    body: JSON.stringify(workload.api),
    headers: workload.apiHeaders,
  };
  const connections = Number(flags.connections);
  const { measurement, profile } = await profiledLoad(session, loads, target, {
    connections,
    seconds: Number(flags.seconds),
  });
  const directory = new URL('../results/profiles/', import.meta.url);
  await mkdir(directory, { recursive: true });
  const file = new URL(`${workload.key}.cpuprofile`, directory);
  await writeFile(file, JSON.stringify(profile));
  const spent = whereTimeGoes(profile, Number(flags.top));
  console.log(
    `${workload.key}: ${measurement.requestsPerSecond} req/s, p50 ${measurement.p50ms} ms at ${connections} connections, ${measurement.cpuMsPerRequest.toFixed(2)} ms CPU per request, idle ${spent.idlePercent.toFixed(1)}% of the time; profile ${file.pathname}`,
  );
  const shown = (rows: readonly SelfTime[]) =>
    rows.map((row) => `${row.percent.toFixed(1).padStart(5)}%  ${row.name}`).join('\n');
  console.log(`\nself time by package (share of the busy time)\n${shown(spent.byPackage)}`);
  console.log(`\nself time by function\n${shown(spent.byFunction)}`);
}
