/**
 * `npm run bench:profile -- <workload>... [--seconds N] [--connections N] [--tier S|M]`: where
 * kks-graph (A) spends its CPU on one workload of the side-by-side benchmark. A serves from this
 * process under autocannon (in its own process) while V8's sampling profiler runs; the profile is
 * written to bench/results/profiles/<workload>.cpuprofile (open it in Chrome's DevTools) and the
 * functions with the most self time, and the packages they belong to, are printed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { Session, type Profiler } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import { startHttpServer } from '../../src/http-server.js';
import { Neo4jGateway } from '../../src/neo4j/gateway.js';
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

const database = await startSeededNeo4j(flags.tier as Tier | 'seed');
const server = await startHttpServer({
  gateway: new Neo4jGateway(database.driver, 'neo4j'),
  logger: pino({ level: 'silent' }),
  config: loadConfig({ PORT: '0', KKS_REQUESTS_PER_MINUTE: '0', ...CURATOR_ENV }),
});
const loads = new LoadRunner();
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
  await loads.run(target, { connections, seconds: 2 });
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const measured = await loads.run(target, { connections, seconds: Number(flags.seconds) });
  const { profile } = await session.post('Profiler.stop');
  const directory = new URL('../results/profiles/', import.meta.url);
  await mkdir(directory, { recursive: true });
  const file = new URL(`${workload.key}.cpuprofile`, directory);
  await writeFile(file, JSON.stringify(profile));
  console.log(
    `${workload.key}: ${measured.requestsPerSecond} req/s, p50 ${measured.p50ms} ms at ${connections} connections; profile ${file.pathname}`,
  );
  printSelfTime(profile, Number(flags.top));
}

/** Self time per function and per package (node_modules/<name>, our own code, or V8 itself). */
function printSelfTime(profile: Profiler.Profile, top: number): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const samples = new Map<number, number>();
  for (const id of profile.samples ?? []) samples.set(id, (samples.get(id) ?? 0) + 1);
  const total = profile.samples?.length ?? 1;
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const [id, count] of samples) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const where = packageOf(frame.url);
    const name = `${frame.functionName || '(anonymous)'}  ${where}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + count);
    byPackage.set(where, (byPackage.get(where) ?? 0) + count);
  }
  const share = (count: number) => `${((100 * count) / total).toFixed(1).padStart(5)}%`;
  const ranked = (counts: Map<string, number>) =>
    [...counts].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log('\nself time by package');
  for (const [name, count] of ranked(byPackage)) console.log(`${share(count)}  ${name}`);
  console.log('\nself time by function');
  for (const [name, count] of ranked(byFunction)) console.log(`${share(count)}  ${name}`);
}

function packageOf(url: string): string {
  if (url === '') return '(v8)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scope, name] = url.slice(modules + 'node_modules/'.length).split('/');
    return scope?.startsWith('@') ? `${scope}/${name}` : (scope ?? url);
  }
  if (url.startsWith('node:')) return url;
  const own = url.indexOf('/src/');
  return own >= 0 ? url.slice(own + 1) : url;
}
