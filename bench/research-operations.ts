/**
 * `npm run bench:operations [-- --tier S|M] [--runs N]`: p50/p95 latency and Cypher round trips of
 * representative API operations, over real HTTP against a throwaway Neo4j holding the seed graph,
 * or a synthetic tier of the side-by-side benchmark (copies of the seed, so every slug below has an
 * answer at every tier). Operations run one at a time, after a warm-up, so round trips per request
 * can be counted at the gateway. An operation answered with errors (at a larger tier, over the cost
 * limit or out of time) is reported with them and the others still run; on the seed graph, where
 * every operation must answer, the run then fails.
 */
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { toGlobalId } from '../src/graphql/global-id.js';
import { loadConfig } from '../src/config.js';
import { startHttpServer } from '../src/http-server.js';
import { Neo4jGateway } from '../src/neo4j/gateway.js';
import { startSeededNeo4j } from './side-by-side/seeded-neo4j.js';
import { TIER_COPIES, type Tier } from './side-by-side/synthetic-corpus.js';

// As in the side-by-side benchmark: tsx's source maps make every Error's stack costly to build,
// and the Neo4j driver builds one per statement.
process.setSourceMapsEnabled(false);

const { values: flags } = parseArgs({
  options: {
    tier: { type: 'string', default: 'seed' },
    runs: { type: 'string', default: process.env['BENCH_RUNS'] ?? '30' },
  },
});
if (flags.tier !== 'seed' && !(flags.tier in TIER_COPIES)) {
  throw new Error(`--tier is seed, ${Object.keys(TIER_COPIES).join(' or ')}, not ${flags.tier}`);
}
const RUNS = Number(flags.runs);
const WARM_UP = 5;

/** The two concepts most findings are about (at every tier: the tiers copy the seed's findings). */
const HUB_CONCEPTS = {
  a: toGlobalId('Concept', 'regionaal-arbeidsmarktbeleid'),
  b: toGlobalId('Concept', 'weerbaarheid'),
};

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
  {
    name: 'bridge of two hub concepts: shared findings',
    query:
      'query ($a: ID!, $b: ID!) { bridge(a: $a, b: $b) { sharedFindings(first: 20) { slug } } }',
    variables: HUB_CONCEPTS,
  },
  {
    name: 'bridge of two hub concepts: shared concepts with passages and findings',
    query:
      'query ($a: ID!, $b: ID!) { bridge(a: $a, b: $b) { sharedConcepts(first: 5) { concept { slug } passagesA(first: 3) { page } findingsA(first: 3) { slug } findingsB(first: 3) { slug } } } }',
    variables: HUB_CONCEPTS,
  },
  {
    name: 'related findings of a hub concept',
    query:
      '{ concept(slug: "regionaal-arbeidsmarktbeleid") { relatedFindings(first: 10) { score finding { slug } } } }',
  },
  {
    name: "one essay's concept map with its edges' passages",
    query:
      '{ conceptMap(document: "bouwstenen-voor-de-regionale-arbeidsmarkt") { passageCount edges(first: 20) { count passages(first: 3) { page } } } }',
  },
];

async function main(): Promise<void> {
  const database = await startSeededNeo4j(flags.tier as Tier | 'seed');
  let roundTrips = 0;
  const gateway = new Neo4jGateway(database.driver, 'neo4j', {
    observers: [() => (roundTrips += 1)],
  });
  const server = await startHttpServer({
    gateway,
    logger: pino({ level: 'silent' }),
    config: loadConfig({ PORT: '0', KKS_REQUESTS_PER_MINUTE: '0' }),
  });
  try {
    const { nodes, relationships } = database.load;
    console.log(`tier ${flags.tier}: ${nodes} nodes, ${relationships} relationships`);
    const rows = [];
    for (const operation of OPERATIONS) {
      const timings: number[] = [];
      let trips = 0;
      let errors: string | null = null;
      for (let run = 0; run < WARM_UP + RUNS && errors === null; run++) {
        const before = roundTrips;
        const started = performance.now();
        const response = await fetch(server.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: operation.query, variables: operation.variables ?? {} }),
        });
        const body = (await response.json()) as { errors?: { message: string }[] };
        if (body.errors) errors = body.errors.map((error) => error.message).join('; ');
        if (run >= WARM_UP) timings.push(performance.now() - started);
        trips = roundTrips - before;
      }
      timings.sort((a, b) => a - b);
      rows.push({
        operation: operation.name,
        ...(errors === null
          ? {
              roundTrips: trips,
              p50ms: percentile(timings, 0.5),
              p95ms: percentile(timings, 0.95),
            }
          : { errors }),
      });
    }
    console.table(rows);
    if (flags.tier === 'seed' && rows.some((row) => 'errors' in row)) {
      console.error('an operation answered with errors on the seed graph');
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
    await database.stop();
  }
}

function percentile(sorted: readonly number[], share: number): number {
  return Number(
    (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0).toFixed(1),
  );
}

await main();
