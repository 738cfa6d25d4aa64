import type { NODE_TYPE_OF, SearchableLabel } from '../domain/graph-model.js';
import type { SearchableModel } from '../repositories/search.repository.js';
import type { Snippet } from './snippet.js';

/** A search result as resolvers hand it on: the node, its type and score, and its snippet. */
export interface SearchHitModel extends Snippet {
  readonly node: SearchableModel;
  readonly type: (typeof NODE_TYPE_OF)[SearchableLabel];
  readonly score: number;
}
