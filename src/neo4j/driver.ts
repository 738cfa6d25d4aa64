/**
 * Driver lifecycle: one driver per process, shared by every request.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { mapNeo4jError } from './errors.js';

export interface BoltTarget {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

/**
 * Creates the driver and waits until the server answers.
 * @throws DatabaseUnavailableError when the server cannot be reached or refuses the credentials.
 */
export async function connectDriver(target: BoltTarget): Promise<Driver> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
  });
  try {
    await driver.verifyConnectivity();
    return driver;
  } catch (error) {
    await driver.close();
    throw mapNeo4jError(error);
  }
}
