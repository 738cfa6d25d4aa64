/**
 * Turns what a user typed into a Lucene query that cannot fail to parse: only normalised words
 * (letters and digits) reach Lucene, so no character of any input is Lucene syntax. A query with
 * no words is null: it matches nothing.
 */
import { words } from './text-normalisation.js';

export interface SearchQuery {
  /** The Lucene query string. */
  readonly lucene: string;
  /** The normalised words the user asked for, for highlighting. */
  readonly terms: readonly string[];
}

/** Every word must match (stemmed by the index's analyzer). */
export function fullTextQuery(input: string): SearchQuery | null {
  const terms = [...new Set(words(input).map((word) => word.norm))];
  return terms.length === 0 ? null : { lucene: terms.join(' AND '), terms };
}

/** Every word must match, the last one as a prefix: "relat" suggests relatedness. */
export function prefixQuery(input: string): SearchQuery | null {
  const terms = words(input).map((word) => word.norm);
  const last = terms.at(-1);
  if (last === undefined) return null;
  return { lucene: [...terms.slice(0, -1), `${last}*`].join(' AND '), terms };
}
