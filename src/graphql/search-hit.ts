import type { NODE_TYPE_OF, SearchableLabel } from '../domain/graph-model.js';
import type { SearchableModel } from '../repositories/search.repository.js';
import type { ConnectionModel } from './connection.js';
import type { Snippet } from './snippet.js';

export type SearchTypeName = (typeof NODE_TYPE_OF)[SearchableLabel];

/**
 * A search result as resolvers hand it on: the node, its type and score, and its snippet, which is
 * cut only when a client asks for it (and then once).
 */
export interface SearchHitModel {
  readonly node: SearchableModel;
  readonly type: SearchTypeName;
  readonly score: number;
  readonly excerpt: () => Snippet;
}

export interface SearchFacetModel {
  readonly type: SearchTypeName;
  readonly count: number;
}

/** A page of search results, with whether they hold every word and their counts by type. */
export interface SearchConnectionModel extends ConnectionModel<SearchHitModel> {
  readonly matchedAll: () => Promise<boolean>;
  readonly facets: () => Promise<readonly SearchFacetModel[]>;
}
