/**
 * The HTTP side: Express 5 with Apollo Server at /graphql and a readiness probe at /health. Used by
 * main.ts and, unchanged, by the integration tests, which listen on an ephemeral port.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { CuratorKey } from './config.js';
import { createRequestContext, type RequestContext } from './context.js';
import { CuratorKeys } from './curator-keys.js';
import { costLimitPlugin } from './graphql/cost.js';
import { ListSizes } from './graphql/list-sizes.js';
import { createErrorFormatter } from './graphql/errors.js';
import { resolvers } from './graphql/resolvers/index.js';
import { loadTypeDefs } from './graphql/schema.js';
import type { Logger } from './logger.js';
import type { Neo4jGateway } from './neo4j/gateway.js';
import { GraphSizeRepository } from './repositories/graph-size.repository.js';
import { exportRoutes } from './exports/export-routes.js';
import { webRoutes } from './web-routes.js';

const MAX_BODY = '1mb';
const MAX_DEPTH = 12;
/**
 * Aliases let one request ask for a field many times; each is priced by the cost model, so this
 * only stops documents that are mostly aliases. Fragments that alias a field per type (a `name`
 * for every kind of node) count once per use.
 */
const MAX_ALIASES = 100;

export interface HttpServerOptions {
  readonly gateway: Neo4jGateway;
  readonly logger: Logger;
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Who may write (Authorization: Bearer <key>); none when absent. Reads are public. */
  readonly curators?: readonly CuratorKey[];
  /** Apollo plugins to add to the server's own, e.g. the tests' schema coverage recorder. */
  readonly plugins?: readonly ApolloServerPlugin<RequestContext>[];
  /** Whether browsers get the playground at GET /graphql; on unless told. */
  readonly playground?: boolean;
}

export interface RunningHttpServer {
  /** e.g. http://127.0.0.1:4000/graphql */
  readonly graphqlUrl: string;
  /** Stops accepting connections and waits for requests in flight. */
  stop(): Promise<void>;
}

export interface ApolloServerOptions {
  readonly logger: Logger;
  /** The database the cost model measures the graph's list sizes in. */
  readonly gateway: Neo4jGateway;
  /** The HTTP server to drain on stop, when there is one. */
  readonly httpServer?: http.Server;
  /** Apollo plugins to add to the server's own, e.g. the tests' schema coverage recorder. */
  readonly plugins?: readonly ApolloServerPlugin<RequestContext>[];
}

/** Creates the Apollo server; exported for `executeOperation` in tests. */
export function createApolloServer(options: ApolloServerOptions): ApolloServer<RequestContext> {
  const { logger, httpServer, plugins = [] } = options;
  const armor = queryLimits().protect();
  const listSizes = new ListSizes(new GraphSizeRepository(options.gateway), (error) => {
    logger.warn({ err: error }, 'could not measure list sizes; pricing with the last known');
  });
  return new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(),
    validationRules: armor.validationRules,
    resolvers,
    formatError: createErrorFormatter((error) => {
      logger.error({ err: error }, 'request failed');
    }),
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: it must stop the database after the server, in that order.
    stopOnTerminationSignals: false,
    plugins: [
      // Armor's plugins read no context, so they serve any context type.
      ...(armor.plugins as ApolloServerPlugin<RequestContext>[]),
      costLimitPlugin(listSizes),
      ApolloServerPluginLandingPageDisabled(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
      ...plugins,
    ],
  });
}

/**
 * Reads are public, so each operation is bounded before it runs: nesting depth and aliases here,
 * its cost by costLimitPlugin; page sizes are bounded by the fields themselves. Field suggestions
 * stay on: the playground's users rely on them.
 */
function queryLimits(): ApolloArmor {
  return new ApolloArmor({
    // Depth counts fields, not the fragments that group them.
    maxDepth: { n: MAX_DEPTH, flattenFragments: true },
    maxAliases: { n: MAX_ALIASES },
    costLimit: { enabled: false },
    maxDirectives: { n: 20 },
    maxTokens: { n: 4000 },
    blockFieldSuggestion: { enabled: false },
  });
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = createApolloServer({ ...options, httpServer });
  const curatorKeys = new CuratorKeys(options.curators ?? []);
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/health', async (_request, response) => {
    try {
      await options.gateway.read('RETURN 1 AS ok');
      response.json({ status: 'ok' });
    } catch {
      response.status(503).json({ status: 'unavailable' });
    }
  });
  app.use(webRoutes({ playground: options.playground ?? true, logger: options.logger }));
  app.use(exportRoutes(options.gateway, options.logger));
  app.use(
    '/graphql',
    cors(),
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, {
      // The header is read here and nowhere else; neither it nor a rejected key is ever logged.
      context: ({ req }) =>
        Promise.resolve(
          createRequestContext(options.gateway, curatorKeys.viewerFor(req.headers.authorization)),
        ),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    graphqlUrl: `http://${options.host}:${port}/graphql`,
    stop: () => apollo.stop(),
  };
}
