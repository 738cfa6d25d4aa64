/**
 * The HTTP side: Express 5 with Apollo Server at /graphql, the web pages, the exports, probes
 * (/livez, /readyz) and metrics (/metrics). Used by main.ts and, unchanged, by the integration
 * tests, which listen on an ephemeral port.
 *
 * Every request is bounded before and while it runs: rate limits per client, a body limit, the
 * parser's token limit, nesting depth, aliases and the cost model before execution, a deadline and
 * Neo4j's transaction timeout during it, and the size of what is sent back.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type RequestHandler, type Response } from 'express';
import type { Config } from './config.js';
import { createRequestContext, type RequestContext, type RequestRecord } from './context.js';
import { CuratorKeys } from './curator-keys.js';
import type { Viewer } from './domain/curator.js';
import { exportRoutes } from './exports/export-routes.js';
import { costLimitPlugin, MAX_COST } from './graphql/cost.js';
import { CostBudget } from './graphql/cost-budget.js';
import { formatError, serverErrorLogPlugin } from './graphql/errors.js';
import { ListSizes } from './graphql/list-sizes.js';
import { withLookAhead } from './graphql/look-ahead/schema-wrapper.js';
import { resolvers } from './graphql/resolvers/index.js';
import { responseSizeLimit } from './graphql/response-size.js';
import { loadTypeDefs } from './graphql/schema.js';
import { TrustedDocuments, trustedDocumentsPlugin } from './graphql/trusted-documents.js';
import { deadlineOfAnswer } from './http/answer-deadline.js';
import { errorHandler, notFound } from './http/http-errors.js';
import { Metrics } from './http/metrics.js';
import { nestingLimit } from './http/nesting-limit.js';
import { PARSE_LIMITS } from './http/parse-limits.js';
import { operationPlugin } from './http/operation-plugin.js';
import { RateLimits } from './http/rate-limits.js';
import { DatabaseReadiness, probeRoutes } from './http/readiness.js';
import { requestLog } from './http/request-log.js';
import { apiCors, securityHeaders } from './http/security.js';
import type { Logger } from './logger.js';
import type { Neo4jGateway } from './neo4j/gateway.js';
import { GraphSizeRepository } from './repositories/graph-size.repository.js';
import { webRoutes } from './web-routes.js';

const MAX_BODY = '1mb';
const MAX_DEPTH = 12;
/**
 * Aliases let one request ask for a field many times; each is priced by the cost model, so this
 * only stops documents that are mostly aliases. Fragments that alias a field per type (a `name`
 * for every kind of node) count once per use.
 */
const MAX_ALIASES = 100;
const MAX_DIRECTIVES = 20;
/**
 * The cost the server works on at once: two of the costliest operations the limit admits. Their
 * answers fill the heap and keep the one event loop busy turning records into JSON, so running more
 * at once finishes none sooner and delays every light request beside them; more wait their turn
 * (test/e2e/faults.test.ts measures eight at once).
 */
const COST_IN_FLIGHT = 2 * MAX_COST;

/** What the GraphQL server itself is configured by. */
export type GraphQLConfig = Pick<Config, 'introspection' | 'trustedDocumentsOnly' | 'limits'>;

/** What the HTTP server is configured by: the GraphQL server's settings and the HTTP layer's. */
export type ServerConfig = GraphQLConfig &
  Pick<
    Config,
    'host' | 'port' | 'curators' | 'playground' | 'corsOrigins' | 'trustProxy' | 'driver'
  >;

export interface HttpServerOptions {
  readonly gateway: Neo4jGateway;
  readonly logger: Logger;
  readonly config: ServerConfig;
  /** Apollo plugins to add to the server's own, e.g. the tests' schema coverage recorder. */
  readonly plugins?: readonly ApolloServerPlugin<RequestContext>[];
  /** False loads one key per statement: the side-by-side benchmark's A-DL contender. */
  readonly batching?: boolean;
  /** False answers every field by its resolver: what look-ahead is checked against. */
  readonly lookAhead?: boolean;
}

export interface RunningHttpServer {
  /** e.g. http://127.0.0.1:4000/graphql */
  readonly graphqlUrl: string;
  /** Stops accepting connections and waits for requests in flight. */
  stop(): Promise<void>;
  /** Told that the database is going away (its JVM stops or died): /readyz turns unready now. */
  databaseGoingAway(reason: string): void;
}

export interface ApolloServerOptions {
  readonly logger: Logger;
  /** The database the cost model measures the graph's list sizes in. */
  readonly gateway: Neo4jGateway;
  readonly config: GraphQLConfig;
  /** The trusted documents; loaded from the codegen manifest when not given. */
  readonly trusted?: TrustedDocuments;
  /** The HTTP server to drain on stop, when there is one. */
  readonly httpServer?: http.Server;
  /** Apollo plugins to add to the server's own. */
  readonly plugins?: readonly ApolloServerPlugin<RequestContext>[];
}

/** Creates the Apollo server; exported for `executeOperation` in tests. */
export function createApolloServer(options: ApolloServerOptions): ApolloServer<RequestContext> {
  const { logger, httpServer, config, plugins = [] } = options;
  const trusted = options.trusted ?? TrustedDocuments.load();
  const armor = queryLimits(config.introspection).protect();
  const responseSize = responseSizeLimit(config.limits.maxResponseBytes);
  const listSizes = new ListSizes(new GraphSizeRepository(options.gateway), (error) => {
    logger.warn({ err: error }, 'could not measure list sizes; pricing with the last known');
  });
  return new ApolloServer<RequestContext>({
    schema: withLookAhead(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers })),
    validationRules: armor.validationRules,
    introspection: config.introspection,
    parseOptions: PARSE_LIMITS,
    // With trusted documents only, a hash names a trusted document and nothing else can be stored.
    persistedQueries: config.trustedDocumentsOnly ? { cache: trusted.persistedQueryStore() } : {},
    formatError,
    includeStacktraceInErrorResponses: false,
    stringifyResult: responseSize.stringifyResult,
    // main.ts owns shutdown: it must stop the database after the server, in that order.
    stopOnTerminationSignals: false,
    plugins: [
      // Armor's plugins read no context, so they serve any context type.
      ...(armor.plugins as ApolloServerPlugin<RequestContext>[]),
      ...(config.trustedDocumentsOnly
        ? [trustedDocumentsPlugin(trusted, config.introspection)]
        : []),
      serverErrorLogPlugin(logger),
      costLimitPlugin(listSizes, new CostBudget(COST_IN_FLIGHT)),
      responseSize.plugin,
      ApolloServerPluginLandingPageDisabled(),
      // The schema gives no cache hints, and Apollo's default cache-control plugin would wrap
      // every field's resolver to look for them (about a tenth of a long list's execution).
      ApolloServerPluginCacheControlDisabled(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
      ...plugins,
    ],
  });
}

/**
 * Nesting depth, aliases and directives, before the cost model prices what is left. "Did you mean"
 * suggestions go with introspection: both show the schema, which a production server may keep to
 * itself.
 */
function queryLimits(introspection: boolean): ApolloArmor {
  return new ApolloArmor({
    // Depth counts fields, not the fragments that group them.
    maxDepth: { n: MAX_DEPTH, flattenFragments: true },
    maxAliases: { n: MAX_ALIASES },
    maxDirectives: { n: MAX_DIRECTIVES },
    costLimit: { enabled: false },
    // Apollo's own parser limit answers 400; armor's would answer 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !introspection },
  });
}

interface Identity {
  readonly viewer: Viewer;
  /** Whom the rate limits count a request against: a curator, else the client's address. */
  readonly client: string;
}

/**
 * Who sends the request, worked out once for the rate limits and the GraphQL context. The
 * Authorization header is read here and nowhere else; neither it nor a rejected key is ever logged.
 */
function identify(curatorKeys: CuratorKeys): RequestHandler {
  return (request, response, next) => {
    const viewer = curatorKeys.viewerFor(request.headers.authorization);
    const identity: Identity = {
      viewer,
      client:
        viewer.kind === 'curator'
          ? `curator:${viewer.curator}`
          : `address:${request.ip ?? 'unknown'}`,
    };
    response.locals['identity'] = identity;
    next();
  };
}

function identityOf(response: Response): Identity {
  return response.locals['identity'] as Identity;
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const { logger, config } = options;
  const app = express();
  const httpServer = http.createServer(app);
  const trusted = TrustedDocuments.load();
  const readiness = new DatabaseReadiness(options.gateway.withoutObservers(), logger);
  const metrics = new Metrics({
    knownOperations: trusted.operationNames(),
    connectionsInUse: () => options.gateway.connectionsInUse,
    maxPoolSize: config.driver.maxPoolSize,
    databaseUp: () => readiness.isUp,
  });
  const gateway = options.gateway.withObserver(metrics.cypherObserver);
  const rateLimits = new RateLimits(config.limits, (kind) => metrics.refused(kind));
  const curatorKeys = new CuratorKeys(config.curators);
  const apollo = createApolloServer({
    logger,
    gateway,
    config,
    trusted,
    httpServer,
    plugins: [...(options.plugins ?? []), operationPlugin(metrics, rateLimits)],
  });
  await apollo.start();
  await readiness.start();

  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(requestLog(logger));
  app.use(securityHeaders());
  // Before any router: a router with a GET route answers OPTIONS for its paths by itself.
  app.use(['/graphql', '/export'], apiCors(config.corsOrigins), identify(curatorKeys));
  const limited = rateLimits.requestLimit((_request, response) => identityOf(response).client);
  const graphql = [
    limited,
    express.json({ limit: MAX_BODY }),
    nestingLimit(),
    expressMiddleware(apollo, {
      context: ({ res }) => {
        const { viewer, client } = identityOf(res);
        const record: RequestRecord = {
          client,
          operationName: null,
          operationType: null,
          errorCodes: [],
        };
        res.locals['record'] = record;
        const deadline = deadlineOfAnswer(res, config.limits.operationDeadlineMs);
        return Promise.resolve(
          createRequestContext(gateway.withDeadline(deadline), {
            viewer,
            deadline: deadline.signal,
            record,
            observeBatch: (loader, keys) => metrics.batchLoaded(loader, keys),
            batching: options.batching ?? true,
            lookAhead: options.lookAhead ?? true,
          }),
        );
      },
    }),
  ];
  // What GraphQL clients send goes straight to the API, past the routers of probes and pages it
  // would only be matched against; a GET reaches it after them, since a browser's GET /graphql is
  // the playground's.
  app.post('/graphql', graphql);
  app.use(probeRoutes(readiness));
  app.use(metrics.routes());
  app.use(webRoutes({ playground: config.playground, logger }));
  app.use('/export', limited);
  app.use(exportRoutes({ gateway, logger, deadlineMs: config.limits.operationDeadlineMs }));
  app.use('/graphql', graphql);
  app.use(notFound());
  app.use(errorHandler(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    graphqlUrl: `http://${config.host}:${port}/graphql`,
    stop: async () => {
      await readiness.stop();
      await apollo.stop();
    },
    databaseGoingAway: (reason) => readiness.markDown(reason),
  };
}
