/**
 * `npm run bench`: p50/p95 latency and Cypher round trips of representative API operations, over
 * real HTTP against a throwaway Neo4j seeded with the real seed data. Operations run one at a time,
 * after a warm-up, so round trips per request can be counted at the gateway.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { seedGraph } from '../seed/seed-graph.js';
import { toGlobalId } from '../src/graphql/global-id.js';
import { loadConfig } from '../src/config.js';
import { startHttpServer } from '../src/http-server.js';
import { connectDriver } from '../src/neo4j/driver.js';
import { Neo4jGateway } from '../src/neo4j/gateway.js';
import { startLocalNeo4j } from '../src/neo4j/local-neo4j.js';
import { applyGraphSchema } from '../src/repositories/graph-schema.repository.js';
import { freePort } from '../test/support/free-port.js';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 30);
const WARM_UP = 5;

const OPERATIONS: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: 'essays -> authors -> their essays',
    query:
      '{ essays { edges { node { title authors { person { name authorships { essay { title } } } } } } } }',
  },
  {
    name: 'search "related variety"',
    query:
      '{ search(query: "related variety", first: 10) { totalCount edges { node { score snippet } } } }',
  },
  {
    name: 'suggest "zuid"',
    query: '{ suggest(prefix: "zuid", types: [REGION, CONCEPT]) { label } }',
  },
  {
    name: 'concept with mentions and findings',
    query:
      '{ concept(slug: "weerbaarheid") { label(lang: EN) mentions { totalCount edges { node { count page passage { section { title } } } } } findings { edges { node { statement evidence { quote page } } } } } }',
  },
  {
    name: 'findings(20) -> related(3) -> about',
    query:
      '{ findings(first: 20) { edges { node { relatedFindings(first: 3) { score finding { about { ... on Node { id } } } } } } } }',
  },
  {
    name: 'neighbourhood depth 2',
    query:
      'query ($id: ID!) { neighbourhood(id: $id, depth: 2, first: 100) { nodes { id } edges { type evidence { page } } } }',
    variables: { id: toGlobalId('Concept', 'weerbaarheid') },
  },
  {
    name: 'neighbourhood depth 3 of nederland',
    query:
      'query ($id: ID!) { neighbourhood(id: $id, depth: 3, first: 200) { truncated nodes { id } edges { type } } }',
    variables: { id: toGlobalId('Region', 'nederland') },
  },
  {
    name: 'paths concept -> organisation',
    query:
      'query ($a: ID!, $b: ID!) { paths(from: $a, to: $b) { length hops { type evidence { quote page } } } }',
    variables: {
      a: toGlobalId('Concept', 'gerelateerde-varieteit'),
      b: toGlobalId('Organisation', 'oecd'),
    },
  },
  {
    name: 'concept map (association strength)',
    query:
      '{ conceptMap { passageCount nodes { weight cluster concept { label } } edges { count weight } clusters { id } } }',
  },
  {
    name: 'instrument matrix with mentions',
    query:
      '{ instrumentMatrix { cells { horizon theme { label } instruments { label mentions { edges { node { page } } } } } } }',
  },
  {
    name: 'bridge essay <-> preface',
    query:
      'query ($a: ID!, $b: ID!) { bridge(a: $a, b: $b) { sharedConcepts { concept { label } } paths { length } } }',
    variables: {
      a: toGlobalId('Essay', 'bouwstenen-voor-de-regionale-arbeidsmarkt'),
      b: toGlobalId('Preface', 'voorwoord-kks-essays'),
    },
  },
];

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kks-bench-'));
  const local = await startLocalNeo4j({ dataDir, boltPort: await freePort(), heap: '1g' });
  let roundTrips = 0;
  const gateway = new Neo4jGateway(await connectDriver(local), 'neo4j', {
    observers: [() => (roundTrips += 1)],
  });
  try {
    await applyGraphSchema(gateway);
    await seedGraph(gateway);
    const server = await startHttpServer({
      gateway,
      logger: pino({ level: 'silent' }),
      config: loadConfig({ PORT: '0', KKS_REQUESTS_PER_MINUTE: '0' }),
    });
    const rows = [];
    for (const operation of OPERATIONS) {
      const timings: number[] = [];
      let trips = 0;
      for (let run = 0; run < WARM_UP + RUNS; run++) {
        const before = roundTrips;
        const started = performance.now();
        const response = await fetch(server.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: operation.query, variables: operation.variables ?? {} }),
        });
        const body = (await response.json()) as { errors?: unknown };
        if (body.errors) throw new Error(`${operation.name}: ${JSON.stringify(body.errors)}`);
        if (run >= WARM_UP) timings.push(performance.now() - started);
        trips = roundTrips - before;
      }
      timings.sort((a, b) => a - b);
      rows.push({
        operation: operation.name,
        roundTrips: trips,
        p50ms: percentile(timings, 0.5),
        p95ms: percentile(timings, 0.95),
      });
    }
    await server.stop();
    console.table(rows);
  } finally {
    await gateway.close();
    await local.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function percentile(sorted: readonly number[], share: number): number {
  return Number(
    (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0).toFixed(1),
  );
}

await main();
