/**
 * The HTTP side: Express 5 with Apollo Server at /graphql and a readiness probe at /health. Used by
 * main.ts and, unchanged, by the integration tests, which listen on an ephemeral port.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { CuratorKey } from './config.js';
import { createRequestContext, type RequestContext } from './context.js';
import { CuratorKeys } from './curator-keys.js';
import { createErrorFormatter } from './graphql/errors.js';
import { resolvers } from './graphql/resolvers/index.js';
import { loadTypeDefs } from './graphql/schema.js';
import type { Logger } from './logger.js';
import type { Neo4jGateway } from './neo4j/gateway.js';

const MAX_BODY = '1mb';

export interface HttpServerOptions {
  readonly gateway: Neo4jGateway;
  readonly logger: Logger;
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Who may write (Authorization: Bearer <key>); none when absent. Reads are public. */
  readonly curators?: readonly CuratorKey[];
}

export interface RunningHttpServer {
  /** e.g. http://127.0.0.1:4000/graphql */
  readonly graphqlUrl: string;
  /** Stops accepting connections and waits for requests in flight. */
  stop(): Promise<void>;
}

/** Creates the Apollo server over `gateway`; exported for `executeOperation` in tests. */
export function createApolloServer(
  logger: Logger,
  httpServer?: http.Server,
): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError: createErrorFormatter((error) => {
      logger.error({ err: error }, 'request failed');
    }),
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: it must stop the database after the server, in that order.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = createApolloServer(options.logger, httpServer);
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
