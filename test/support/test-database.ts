/**
 * Connects a test file to the run's throwaway Neo4j, with a gateway that counts the statements it
 * sends: the round trips the batching tests assert on.
 */
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { connectDriver, type BoltTarget } from '../../src/neo4j/driver.js';
import { Neo4jGateway, type QueryObserver, type QueryParameters } from '../../src/neo4j/gateway.js';

export interface TestConnection {
  readonly driver: Driver;
  readonly gateway: Neo4jGateway;
}

export async function connectTestDatabase(): Promise<TestConnection> {
  const driver = await connectDriver(inject('neo4j'));
  return { driver, gateway: new Neo4jGateway(driver, 'neo4j') };
}

/**
 * The variables that point a child process (the API, the seed or export CLI) at `target`, by
 * default the run's throwaway Neo4j.
 */
export function databaseEnv(target: BoltTarget = inject('neo4j')): Record<string, string> {
  return { NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password };
}

/** Records every statement a gateway sends, and its parameters. */
export class QueryLog {
  readonly queries: string[] = [];
  readonly parameters: QueryParameters[] = [];
  readonly observer: QueryObserver = ({ query, parameters }) => {
    this.queries.push(query);
    this.parameters.push(parameters);
  };

  get count(): number {
    return this.queries.length;
  }
}
