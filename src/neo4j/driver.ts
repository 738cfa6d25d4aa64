/**
 * Driver lifecycle: one driver per process, shared by every request, with every wait bounded so
 * that a database that is slow, frozen or gone costs a request seconds, never minutes.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { mapNeo4jError } from './errors.js';

export interface BoltTarget {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

/** How long the driver waits, and for how many connections; all in milliseconds. */
export interface DriverSettings {
  /** Opening a TCP connection and logging in. */
  readonly connectionTimeoutMs: number;
  /** Waiting for a free connection when all `maxPoolSize` are busy. */
  readonly acquisitionTimeoutMs: number;
  /** Neo4j's own limit on one read transaction; a request's deadline can make it shorter. */
  readonly transactionTimeoutMs: number;
  /** Retrying a transaction that failed on a transient error (a deadlock, a lost connection). */
  readonly maxRetryTimeMs: number;
  readonly maxPoolSize: number;
}

/**
 * Short enough that a dead database is reported within seconds (the driver's own defaults wait 30 s
 * to connect and retry for 30 s more); long enough for the heaviest read the cost model admits,
 * which takes well under a second on the seed graph.
 */
export const DEFAULT_DRIVER_SETTINGS: DriverSettings = {
  connectionTimeoutMs: 3_000,
  acquisitionTimeoutMs: 5_000,
  transactionTimeoutMs: 10_000,
  maxRetryTimeMs: 3_000,
  maxPoolSize: 50,
};

/** Creates the driver without contacting the server; the first statement connects. */
export function createDriver(
  target: BoltTarget,
  settings: DriverSettings = DEFAULT_DRIVER_SETTINGS,
): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    maxConnectionPoolSize: settings.maxPoolSize,
    connectionTimeout: settings.connectionTimeoutMs,
    // The driver refuses an acquisition timeout shorter than the connection timeout.
    connectionAcquisitionTimeout: Math.max(
      settings.acquisitionTimeoutMs,
      settings.connectionTimeoutMs,
    ),
    maxTransactionRetryTime: settings.maxRetryTimeMs,
    // The graph holds no integer beyond 2^53: decoded straight into numbers, they cost no Integer
    // object each to be turned into a number again.
    disableLosslessIntegers: true,
  });
}

/**
 * Creates the driver and waits until the server answers.
 * @throws DatabaseUnavailableError when the server cannot be reached or refuses the credentials.
 */
export async function connectDriver(
  target: BoltTarget,
  settings: DriverSettings = DEFAULT_DRIVER_SETTINGS,
): Promise<Driver> {
  const driver = createDriver(target, settings);
  try {
    await driver.verifyConnectivity();
    return driver;
  } catch (error) {
    await driver.close();
    throw mapNeo4jError(error);
  }
}
