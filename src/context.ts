/**
 * The per-request context: fresh DataLoaders for every request, so batching works within a request
 * and no cached data leaks between requests or users.
 */
import { ANONYMOUS, type Viewer } from './domain/curator.js';
import { createLookAheadLoaders } from './graphql/look-ahead/loaders.js';
import { createDataAccess, type BatchObserver, type Loaders } from './loaders/index.js';
import type { Neo4jGateway } from './neo4j/gateway.js';
import { CurationRepository } from './repositories/curation.repository.js';
import type { NameRepository } from './repositories/name.repository.js';
import type { NodeRepository } from './repositories/node.repository.js';
import type { AnalysisRepository } from './repositories/analysis.repository.js';
import type { SearchRepository } from './repositories/search.repository.js';
import type { TraversalRepository } from './repositories/traversal.repository.js';

/** What the request log and the metrics tell of a request; filled in as it runs. */
export interface RequestRecord {
  /** Who the rate limits count the request against: a curator's name, else the client address. */
  client: string;
  operationName: string | null;
  operationType: string | null;
  errorCodes: string[];
}

export interface RequestOptions {
  readonly viewer?: Viewer;
  /** Aborts at the operation's deadline; what waits for the database stops then. */
  readonly deadline?: AbortSignal;
  readonly record?: RequestRecord;
  readonly observeBatch?: BatchObserver;
  /** False loads one key per statement (the benchmark's A-DL contender); true when absent. */
  readonly batching?: boolean;
  /** False answers every field by its resolver (src/graphql/look-ahead/); true when absent. */
  readonly lookAhead?: boolean;
}

export interface RequestContext {
  readonly loaders: Loaders;
  /** For paginated top-level lists, which are read a page at a time rather than batched. */
  readonly nodes: NodeRepository;
  /** Nodes by what a person types for them, for filters that take a name. */
  readonly names: NameRepository;
  /** Full-text search and typeahead, one query per request field. */
  readonly search: SearchRepository;
  /** Neighbourhoods and paths, one query per request field. */
  readonly traversal: TraversalRepository;
  /** Co-occurrence, instrument matrix and bridges, one query per request field. */
  readonly analysis: AnalysisRepository;
  /** Who is asking: a curator (by key) or anonymous. */
  readonly viewer: Viewer;
  /** Curated writes; resolvers check `viewer` before they call it. */
  readonly curation: CurationRepository;
  /** Drops what `loaders` cached: after a write, the rest of the request reads the graph afresh. */
  forgetLoaded(): void;
  readonly record: RequestRecord;
  /** Aborts at the operation's deadline, when it has one. */
  readonly deadline: AbortSignal | undefined;
}

export function createRequestContext(
  gateway: Neo4jGateway,
  options: RequestOptions = {},
): RequestContext {
  const { viewer = ANONYMOUS, observeBatch, batching = true } = options;
  const lookAhead = options.lookAhead === false ? null : createLookAheadLoaders;
  const { nodes, names, search, traversal, analysis, loaders } = createDataAccess(
    gateway,
    observeBatch,
    batching,
    lookAhead,
  );
  return {
    loaders,
    nodes,
    names,
    search,
    traversal,
    analysis,
    viewer,
    curation: new CurationRepository(gateway),
    // Refills the one loaders object rather than replacing it: Apollo hands resolvers a shallow
    // copy of the context, which shares that object.
    forgetLoaded: () =>
      void Object.assign(
        loaders,
        createDataAccess(gateway, observeBatch, batching, lookAhead).loaders,
      ),
    deadline: options.deadline,
    record: options.record ?? {
      client: viewer.kind === 'curator' ? `curator:${viewer.curator}` : 'local',
      operationName: null,
      operationType: null,
      errorCodes: [],
    },
  };
}
