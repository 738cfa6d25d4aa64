/**
 * Brings the database up for the API or the seed CLI: the configured Neo4j, or the project's own when
 * none is configured; then the driver, the gateway and the graph's constraints.
 */
import type { Config } from './config.js';
import { connectDriver, type BoltTarget } from './neo4j/driver.js';
import { Neo4jGateway } from './neo4j/gateway.js';
import { startLocalNeo4j, type LocalNeo4j, type SupervisionEvent } from './neo4j/local-neo4j.js';
import { applyGraphSchema } from './repositories/graph-schema.repository.js';

export interface Database {
  readonly gateway: Neo4jGateway;
  /** Where the database listens and how to log in: handed to child processes such as the seeder. */
  readonly target: BoltTarget & { readonly database: string };
  /** Closes the driver, then stops the project's own Neo4j if it started one. */
  close(): Promise<void>;
}

export type StageReporter = (stage: string, message: string) => void;

export interface OpenOptions {
  /** Restart the project's own Neo4j when its JVM dies, and tell this; a long-running server's wish. */
  readonly supervise?: (event: SupervisionEvent) => void;
}

export async function openDatabase(
  config: Config,
  report: StageReporter,
  options: OpenOptions = {},
): Promise<Database> {
  const started = Date.now();
  let local: LocalNeo4j | null = null;
  let target: BoltTarget;
  if (config.neo4j.mode === 'managed') {
    local = await startLocalNeo4j({
      ...config.neo4j,
      onLauncher: (message) => report('jvm', message),
      ...(options.supervise ? { supervise: options.supervise } : {}),
    });
    target = local;
  } else {
    target = config.neo4j;
  }
  let gateway: Neo4jGateway;
  try {
    gateway = new Neo4jGateway(await connectDriver(target, config.driver), config.neo4j.database, {
      readTimeoutMs: config.driver.transactionTimeoutMs,
    });
  } catch (error) {
    await local?.stop();
    throw error;
  }
  const dataDir =
    config.neo4j.mode === 'managed' && local
      ? ` (JVM pid ${local.pid}, data in ${config.neo4j.dataDir})`
      : '';
  report('neo4j', `database up at ${target.uri} in ${seconds(started)} s${dataDir}`);
  const close = async () => {
    await gateway.close();
    await local?.stop();
  };
  const schemaStarted = Date.now();
  try {
    await applyGraphSchema(gateway);
  } catch (error) {
    await close();
    throw error;
  }
  report('schema', `constraints and indexes applied in ${seconds(schemaStarted)} s`);
  return {
    gateway,
    target: {
      uri: target.uri,
      user: target.user,
      password: target.password,
      database: config.neo4j.database,
    },
    close,
  };
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}
