/**
 * Turns what a user typed into a Lucene query that cannot fail to parse: only normalised words
 * (letters and digits) reach Lucene, so no character of any input is Lucene syntax. A query with
 * no words is null: it matches nothing.
 */
import { BadUserInputError } from './errors.js';
import { words } from './text-normalisation.js';

/** Lucene refuses queries of over 1024 clauses; no real question needs more than this. */
export const MAX_QUERY_WORDS = 64;

export interface SearchQuery {
  /** The Lucene query string. */
  readonly lucene: string;
  /** The normalised words the user asked for, for highlighting. */
  readonly terms: readonly string[];
}

/**
 * Every word must match (stemmed by the index's analyzer).
 * @throws BadUserInputError for more than MAX_QUERY_WORDS distinct words.
 */
export function fullTextQuery(input: string): SearchQuery | null {
  const terms = limited([...new Set(words(input).map((word) => word.norm))]);
  return terms.length === 0 ? null : { lucene: terms.join(' AND '), terms };
}

/**
 * Every word must match, the last one as a prefix: "relat" suggests relatedness.
 * @throws BadUserInputError for more than MAX_QUERY_WORDS words.
 */
export function prefixQuery(input: string): SearchQuery | null {
  const terms = limited(words(input).map((word) => word.norm));
  const last = terms.at(-1);
  if (last === undefined) return null;
  return { lucene: [...terms.slice(0, -1), `${last}*`].join(' AND '), terms };
}

function limited(terms: string[]): string[] {
  if (terms.length > MAX_QUERY_WORDS) {
    throw new BadUserInputError(
      `A search takes at most ${MAX_QUERY_WORDS} words (got ${terms.length})`,
    );
  }
  return terms;
}
