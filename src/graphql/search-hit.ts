import type { SearchableModel } from '../repositories/search.repository.js';
import type { Snippet } from './snippet.js';

/** A search result as resolvers hand it on: the node, its type and score, and its snippet. */
export interface SearchHitModel extends Snippet {
  readonly node: SearchableModel;
  readonly type:
    | 'PASSAGE'
    | 'FINDING'
    | 'CONCEPT'
    | 'THEME'
    | 'INSTRUMENT'
    | 'REGION'
    | 'ORGANISATION'
    | 'REGULATION';
  readonly score: number;
}
