/**
 * Starts a throwaway Neo4j for the integration tests (free port, temporary data folder), applies the
 * graph schema, seeds it with the real seed files, and removes it all afterwards. A user's own
 * database (NEO4J_URI or .kks-data) is never touched.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { connectDriver } from '../../src/neo4j/driver.js';
import { Neo4jGateway } from '../../src/neo4j/gateway.js';
import { startLocalNeo4j } from '../../src/neo4j/local-neo4j.js';
import { applyGraphSchema } from '../../src/repositories/graph-schema.repository.js';
import { seedGraph } from '../../seed/seed-graph.js';
import { freePort } from './free-port.js';

export interface TestDatabase {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestDatabase;
    /** Where each test file's server writes the schema coverage it recorded. */
    schemaCoverageDir: string;
  }
}

const run = promisify(execFile);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The end-to-end tests run the server and the CLIs compiled, as `npm start` does.
  await run(process.execPath, [
    createRequire(import.meta.url).resolve('typescript/bin/tsc'),
    '-p',
    'tsconfig.build.json',
  ]);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kks-graph-test-'));
  const coverageDir = await mkdtemp(path.join(tmpdir(), 'kks-graph-coverage-'));
  const local = await startLocalNeo4j({
    dataDir,
    boltPort: await freePort(),
    heap: '768m',
    onLauncher: (message) => process.stdout.write(`[test neo4j] ${message}\n`),
  });
  const driver = await connectDriver(local);
  try {
    const gateway = new Neo4jGateway(driver, 'neo4j');
    await applyGraphSchema(gateway);
    await seedGraph(gateway);
  } finally {
    await driver.close();
  }
  project.provide('neo4j', { uri: local.uri, user: local.user, password: local.password });
  project.provide('schemaCoverageDir', coverageDir);
  return async () => {
    await local.stop();
    await rm(dataDir, { recursive: true, force: true });
    await rm(coverageDir, { recursive: true, force: true });
  };
}
