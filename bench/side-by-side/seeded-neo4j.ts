/**
 * A throwaway Neo4j seeded with the project's own seed data: the graph every contender of the
 * side-by-side benchmark reads.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { seedGraph } from '../../seed/seed-graph.js';
import { connectDriver } from '../../src/neo4j/driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local-neo4j.js';
import { Neo4jGateway } from '../../src/neo4j/gateway.js';
import { applyGraphSchema } from '../../src/repositories/graph-schema.repository.js';
import { freePort } from '../../test/support/free-port.js';

export interface SeededNeo4j {
  readonly local: LocalNeo4j;
  readonly driver: Driver;
  stop(): Promise<void>;
}

export async function startSeededNeo4j(): Promise<SeededNeo4j> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kks-side-by-side-'));
  const local = await startLocalNeo4j({ dataDir, boltPort: await freePort(), heap: '1g' });
  const driver = await connectDriver(local);
  const gateway = new Neo4jGateway(driver, 'neo4j');
  await applyGraphSchema(gateway);
  await seedGraph(gateway);
  return {
    local,
    driver,
    stop: async () => {
      await driver.close();
      await local.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
