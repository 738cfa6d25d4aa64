/**
 * The real HTTP API on an ephemeral port over the test database: what a client sees.
 */
import { pino } from 'pino';
import { startHttpServer, type RunningHttpServer } from '../../src/http-server.js';
import type { Neo4jGateway } from '../../src/neo4j/gateway.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  readonly data?: T | null;
  readonly errors?: readonly {
    message: string;
    path?: readonly (string | number)[];
    extensions?: { code?: string };
  }[];
}

export interface HttpApi {
  readonly server: RunningHttpServer;
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
}

export async function startHttpApi(gateway: Neo4jGateway): Promise<HttpApi> {
  const server = await startHttpServer({
    gateway,
    logger: pino({ level: 'silent' }),
    host: '127.0.0.1',
    port: 0,
  });
  return {
    server,
    query: async (query, variables = {}) => {
      const response = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
  };
}
