/**
 * Turns what a user typed into a Lucene query that cannot fail to parse: only normalised words
 * (letters and digits) reach Lucene, so no character of any input is Lucene syntax. A query with
 * no words is null: it matches nothing.
 */
import { BadUserInputError } from './errors.js';
import { words } from './text-normalisation.js';

/** Lucene refuses queries of over 1024 clauses; no real question needs more than this. */
export const MAX_QUERY_WORDS = 64;
/** The longest search, and typeahead prefix, in characters: a question, a start of a name. */
export const MAX_QUERY_LENGTH = 1_000;
export const MAX_PREFIX_LENGTH = 100;
/**
 * The longest word (Dutch compounds such as "arbeidsmarktparticipatie" are well under it); a
 * longer one is no word, and as a prefix would make Lucene expand it at length.
 */
export const MAX_WORD_LENGTH = 60;

export interface SearchQuery {
  /** The Lucene query string. */
  readonly lucene: string;
  /** The normalised words the user asked for, for highlighting. */
  readonly terms: readonly string[];
}

/**
 * Every word must match (stemmed by the index's analyzer).
 * @throws BadUserInputError for more than MAX_QUERY_WORDS distinct words, MAX_QUERY_LENGTH
 *   characters, or a word of over MAX_WORD_LENGTH.
 */
export function fullTextQuery(input: string): SearchQuery | null {
  requireLength(input, MAX_QUERY_LENGTH, 'A search');
  const terms = limited([...new Set(words(input).map((word) => word.norm))]);
  return terms.length === 0 ? null : { lucene: terms.join(' AND '), terms };
}

/**
 * Every word must match, the last one as a prefix: "relat" suggests relatedness.
 * @throws BadUserInputError for more than MAX_QUERY_WORDS words, MAX_PREFIX_LENGTH characters, or
 *   a word of over MAX_WORD_LENGTH.
 */
export function prefixQuery(input: string): SearchQuery | null {
  requireLength(input, MAX_PREFIX_LENGTH, 'A typeahead prefix');
  const terms = limited(words(input).map((word) => word.norm));
  const last = terms.at(-1);
  if (last === undefined) return null;
  return { lucene: [...terms.slice(0, -1), `${last}*`].join(' AND '), terms };
}

function requireLength(input: string, maxLength: number, what: string): void {
  if (input.length > maxLength) {
    throw new BadUserInputError(
      `${what} takes at most ${maxLength} characters (got ${input.length})`,
    );
  }
}

function limited(terms: string[]): string[] {
  if (terms.length > MAX_QUERY_WORDS) {
    throw new BadUserInputError(
      `A search takes at most ${MAX_QUERY_WORDS} words (got ${terms.length})`,
    );
  }
  const long = terms.find((term) => term.length > MAX_WORD_LENGTH);
  if (long !== undefined) {
    throw new BadUserInputError(
      `A search word has at most ${MAX_WORD_LENGTH} letters (got one of ${long.length})`,
    );
  }
  return terms;
}
