/**
 * The per-request context: fresh DataLoaders for every request, so batching works within a request
 * and no cached data leaks between requests or users.
 */
import { createDataAccess, type Loaders } from './loaders/index.js';
import type { Neo4jGateway } from './neo4j/gateway.js';
import type { NodeRepository } from './repositories/node.repository.js';
import type { SearchRepository } from './repositories/search.repository.js';

export interface RequestContext {
  readonly loaders: Loaders;
  /** For paginated top-level lists, which are read a page at a time rather than batched. */
  readonly nodes: NodeRepository;
  /** Full-text search and typeahead, one query per request field. */
  readonly search: SearchRepository;
}

export function createRequestContext(gateway: Neo4jGateway): RequestContext {
  const { loaders, nodes, search } = createDataAccess(gateway);
  return { loaders, nodes, search };
}
