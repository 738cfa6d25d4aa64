/**
 * `npm start`: config -> database (own Neo4j when none is configured) -> schema -> seed if empty ->
 * HTTP server. Prints one line per stage; stops everything cleanly on SIGINT and SIGTERM.
 */
import { spawn } from 'node:child_process';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase, type Database } from './database.js';
import { startHttpServer, type RunningHttpServer } from './http-server.js';
import { createLogger, type Logger } from './logger.js';
import type { SupervisionEvent } from './neo4j/local-neo4j.js';
import { COMPILED, projectPath } from './project-paths.js';

const EXIT_CONFIG = 78;
/** Long enough for requests in flight to finish (their deadline) and Neo4j to shut down. */
const SHUTDOWN_TIMEOUT_MS = 60_000;
/** The seed CLI the way this server runs: compiled under `npm start`, from source under `npm run dev`. */
const SEEDER = COMPILED
  ? [projectPath('dist', 'seed', 'cli.js')]
  : ['--import', 'tsx', projectPath('seed', 'cli.ts')];

async function main(): Promise<void> {
  const config = readConfigOrExit();
  const logger = createLogger(config.logLevel);
  const report = (stage: string, message: string) => logger.info({ stage }, message);
  const started = Date.now();

  let database: Database;
  // Known once it listens; the database's supervisor tells it when the database goes away.
  let server: RunningHttpServer | null = null;
  try {
    database = await openDatabase(config, report, {
      supervise: (event) => {
        logSupervision(logger, event);
        if (event.kind === 'stopping' || event.kind === 'exited') {
          server?.databaseGoingAway(`Neo4j ${event.kind}`);
        }
      },
    });
  } catch (error) {
    logger.fatal({ err: error }, `database did not come up: ${(error as Error).message}`);
    process.exit(1);
  }
  const stopDatabase = () => database.close();
  try {
    report('seed', await runSeeder(database));
    const running = await startHttpServer({ gateway: database.gateway, logger, config });
    server = running;
    report(
      'listening',
      `GraphQL API at ${running.graphqlUrl} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    stopOnSignals(logger, async () => {
      await running.stop();
      await stopDatabase();
    });
  } catch (error) {
    logger.fatal({ err: error }, (error as Error).message);
    await stopDatabase();
    process.exit(1);
  }
}

/** The project's own Neo4j, when its JVM stops or dies and comes back: logged as it happens. */
function logSupervision(logger: Logger, event: SupervisionEvent): void {
  switch (event.kind) {
    case 'stopping':
      logger.warn({ stage: 'neo4j', pid: event.pid }, `Neo4j (pid ${event.pid}) is shutting down`);
      return;
    case 'exited':
      logger.error(
        { stage: 'neo4j', pid: event.pid },
        `Neo4j (pid ${event.pid}) died: ${event.reason}`,
      );
      return;
    case 'restarting':
      logger.warn(
        { stage: 'neo4j', attempt: event.attempt },
        `restarting Neo4j in ${event.delayMs / 1000} s (attempt ${event.attempt})`,
      );
      return;
    case 'restarted':
      logger.info(
        { stage: 'neo4j', pid: event.pid },
        `Neo4j restarted (pid ${event.pid}) in ${(event.ms / 1000).toFixed(1)} s`,
      );
      return;
    case 'restart-failed':
      logger.error({ stage: 'neo4j', err: event.error }, 'Neo4j did not restart');
      return;
  }
}

function readConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`kks-graph: invalid configuration: ${error.message}\n`);
    process.exit(EXIT_CONFIG);
  }
}

/**
 * Brings the graph up to date with the seed files in a child process (the API, src/, never imports
 * the ingestion code, seed/). The seeder skips the work when the graph already holds this exact
 * seed, and finishes a run that was interrupted. Resolves with its one-line summary.
 */
function runSeeder(database: Database): Promise<string> {
  const child = spawn(process.execPath, [...SEEDER, 'seed', '--if-stale', '--summary'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NEO4J_URI: database.target.uri,
      NEO4J_USER: database.target.user,
      NEO4J_PASSWORD: database.target.password,
      NEO4J_DATABASE: database.target.database,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve(stdout.trim());
      else reject(new Error(`seeding failed (exit code ${code}): ${stderr.trim()}`));
    });
  });
}

function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ stage: 'shutdown' }, `${signal} received: stopping`);
    // Also keeps the process alive while it stops: it must not end on an empty event loop, with
    // exit code 0 and the stop unfinished.
    setTimeout(() => {
      logger.error({ stage: 'shutdown' }, `did not stop within ${SHUTDOWN_TIMEOUT_MS / 1000} s`);
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    stop().then(
      () => {
        logger.info({ stage: 'shutdown' }, 'stopped cleanly');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

await main();
