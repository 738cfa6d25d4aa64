/**
 * The real HTTP API on an ephemeral port over the test database: what a client sees.
 */
import { pino, type Logger } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig, type CuratorKey } from '../../src/config.js';
import { startHttpServer, type RunningHttpServer } from '../../src/http-server.js';
import type { Neo4jGateway } from '../../src/neo4j/gateway.js';
import { CoverageRecorder } from './schema-coverage.js';
import { connectTestDatabase, QueryLog, type TestConnection } from './test-database.js';

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
  /** `authorization`: the Authorization header to send, e.g. `Bearer <key>`; none by default. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    authorization?: string,
  ): Promise<GraphQLResponse<T>>;
}

export interface HttpApiOptions {
  /** Who may write; no one by default. */
  readonly curators?: readonly CuratorKey[];
  /** Whether browsers get the playground at GET /graphql; on by default, as in production. */
  readonly playground?: boolean;
  /** Silent by default. */
  readonly logger?: Logger;
  /**
   * Configuration as environment variables, read by the server's own loadConfig; by default the
   * development settings without rate limits (the tests send requests quickly).
   */
  readonly env?: Readonly<Record<string, string>>;
  /** False answers every field by its resolver; on by default, as in production. */
  readonly lookAhead?: boolean;
}

export async function startHttpApi(
  gateway: Neo4jGateway,
  options: HttpApiOptions = {},
): Promise<HttpApi> {
  const coverage = new CoverageRecorder();
  const server = await startHttpServer({
    gateway,
    logger: options.logger ?? pino({ level: 'silent' }),
    config: {
      ...loadConfig({
        PORT: '0',
        KKS_REQUESTS_PER_MINUTE: '0',
        KKS_MUTATIONS_PER_MINUTE: '0',
        ...options.env,
      }),
      curators: options.curators ?? [],
      playground: options.playground ?? true,
    },
    plugins: [coverage.plugin],
    ...(options.lookAhead === undefined ? {} : { lookAhead: options.lookAhead }),
  });
  return {
    server: {
      ...server,
      stop: async () => {
        await server.stop();
        coverage.save();
      },
    },
    query: async (query, variables = {}, authorization) => {
      const response = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(authorization === undefined ? {} : { authorization }),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
  };
}

export interface ReadingApi extends Pick<HttpApi, 'query'> {
  /** The GraphQL endpoint, for requests `query` cannot make (raw bodies, status codes). */
  url(): string;
  /** How many Cypher statements the API has sent so far. */
  statementCount(): number;
}

/**
 * For a test file that only reads: connects to the test database and starts the HTTP API before
 * its tests, stops both after them. Returns a client whose `query` goes to that API.
 */
export function useHttpApi(): ReadingApi {
  let connection: TestConnection | undefined;
  let api: HttpApi | undefined;
  const statements = new QueryLog();
  beforeAll(async () => {
    connection = await connectTestDatabase();
    api = await startHttpApi(connection.gateway.withObserver(statements.observer));
  });
  afterAll(async () => {
    await api?.server.stop();
    await connection?.driver.close();
  });
  const started = () => {
    if (api === undefined)
      throw new Error('useHttpApi: the API starts in beforeAll; use it in a test');
    return api;
  };
  return {
    query: (query, variables, authorization) => started().query(query, variables, authorization),
    url: () => started().server.graphqlUrl,
    statementCount: () => statements.count,
  };
}
