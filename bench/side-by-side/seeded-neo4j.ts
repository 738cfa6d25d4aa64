/**
 * A throwaway Neo4j holding the graph every contender of the side-by-side benchmark reads: the
 * project's seed, or a synthetic corpus of a larger tier built from it, written by the project's
 * own writer. How fast that write goes is the bulk-load figure (rows per second).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { prepareSeed } from '../../seed/seed-graph.js';
import { writeGraph } from '../../seed/writer/graph-writer.js';
import { connectDriver } from '../../src/neo4j/driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local-neo4j.js';
import { Neo4jGateway } from '../../src/neo4j/gateway.js';
import { applyGraphSchema } from '../../src/repositories/graph-schema.repository.js';
import { freePort } from '../../test/support/free-port.js';
import type { GraphBatch } from '../../seed/pipeline/graph-batch.js';
import { batchSize, syntheticCorpus, TIER_COPIES, type Tier } from './synthetic-corpus.js';

export interface BulkLoad {
  readonly tier: Tier | 'seed';
  readonly nodes: number;
  readonly relationships: number;
  readonly seconds: number;
  /** Nodes and relationships written per second by the project's writer (batched). */
  readonly rowsPerSecond: number;
  /** Nodes of the same graph written one transaction per node, per second (W2's baseline). */
  readonly rowAtATimePerSecond: number;
}

/** How many nodes the one-transaction-per-row baseline writes. */
const ROW_AT_A_TIME_SAMPLE = 1000;

export interface SeededNeo4j {
  readonly local: LocalNeo4j;
  readonly driver: Driver;
  readonly load: BulkLoad;
  /**
   * Ends the statements a finished load left running and waits until they have ended. A request
   * autocannon gave up on at the end of its load still runs in Neo4j (a slow statement at tier M
   * runs for seconds), and would slow down the next contender's load. Answers how many it ended.
   */
  endLeftoverStatements(): Promise<number>;
  stop(): Promise<void>;
}

export async function startSeededNeo4j(tier: Tier | 'seed'): Promise<SeededNeo4j> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kks-side-by-side-'));
  const local = await startLocalNeo4j({
    dataDir,
    boltPort: await freePort(),
    heap: tier === 'M' ? '4g' : '1g',
  });
  const driver = await connectDriver(local);
  const gateway = new Neo4jGateway(driver, 'neo4j');
  await applyGraphSchema(gateway);
  const seed = await prepareSeed();
  const graph = tier === 'seed' ? seed.graph : syntheticCorpus(seed.graph, TIER_COPIES[tier]);
  // Each contender is timed right after an untimed pass of its own statements: the first run of a
  // statement on a fresh JVM is mostly Cypher planning and compilation (the seed's write takes
  // 7.3 s cold, 0.5 s planned), paid once per database, not per row. Right after, because Neo4j
  // plans a statement again once the graph's counts have changed and its plan is over 10 s old.
  await rowAtATime(driver, nodeRows(seed.graph, 1));
  const rowAtATimePerSecond = await rowAtATime(
    driver,
    nodeRows(graph).slice(0, ROW_AT_A_TIME_SAMPLE),
  );
  // The seed has every statement the writer sends for a synthetic tier: the tiers are copies of it.
  await writeGraph(gateway, seed.graph, seed.run);
  await gateway.write('MATCH (n) DETACH DELETE n');
  const started = performance.now();
  await writeGraph(gateway, graph, tier === 'seed' ? seed.run : `${seed.run}:tier-${tier}`);
  const seconds = (performance.now() - started) / 1000;
  const size = batchSize(graph);
  // Its own pool: a load that leaves more statements waiting for the contenders' connections than
  // the pool serves in its acquisition timeout (A-DL's fan-out at 64 connections) would otherwise
  // keep the check from starting, and fail the run.
  const housekeeping = await connectDriver(local);
  return {
    local,
    driver,
    load: {
      tier,
      ...size,
      seconds: Number(seconds.toFixed(1)),
      rowsPerSecond: Math.round((size.nodes + size.relationships) / seconds),
      rowAtATimePerSecond,
    },
    endLeftoverStatements: () => endLeftoverStatements(housekeeping),
    stop: async () => {
      await housekeeping.close();
      await driver.close();
      await local.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The transactions running a statement other than this check itself. */
const LEFTOVERS = `SHOW TRANSACTIONS YIELD transactionId, currentQuery
  WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' AND currentQuery <> ''
  RETURN collect(transactionId) AS ids`;

async function endLeftoverStatements(driver: Driver): Promise<number> {
  const leftovers = async () =>
    (await driver.executeQuery(LEFTOVERS)).records[0]?.get('ids') as string[];
  // Requests still queued in a contender's pool start statements after the first check: the
  // check is repeated until it finds none, within the longest a request may run.
  const ended = new Set<string>();
  const deadline = Date.now() + 30_000;
  for (let running = await leftovers(); running.length > 0; running = await leftovers()) {
    if (Date.now() > deadline) throw new Error(`transactions ${running.join(', ')} did not end`);
    const fresh = running.filter((id) => !ended.has(id));
    if (fresh.length > 0) await driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids: fresh });
    fresh.forEach((id) => ended.add(id));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return ended.size;
}

interface NodeRow {
  readonly label: string;
  readonly node: { readonly slug: string; readonly properties: Record<string, unknown> };
}

/** The nodes of `graph`, label by label; at most `perLabel` of each. */
function nodeRows(graph: GraphBatch, perLabel = Number.POSITIVE_INFINITY): NodeRow[] {
  return [...graph.nodes].flatMap(([label, nodes]) =>
    nodes.slice(0, perLabel).map((node) => ({ label, node })),
  );
}

/**
 * W2's baseline: `rows` written as a naive loader would, one write transaction per node
 * (the same MERGE and properties as the writer's), then removed, so the writer starts from empty.
 * Nodes only, without their relationships and facet labels: the cheapest rows, which flatters it.
 */
async function rowAtATime(driver: Driver, rows: readonly NodeRow[]): Promise<number> {
  const session = driver.session();
  try {
    const started = performance.now();
    for (const { label, node } of rows) {
      await session.executeWrite((tx) =>
        tx.run(`MERGE (n:${label} {slug: $slug}) SET n += $properties`, {
          slug: node.slug,
          properties: node.properties,
        }),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    await session.executeWrite((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    return Math.round(rows.length / seconds);
  } finally {
    await session.close();
  }
}
