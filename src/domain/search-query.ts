/**
 * Turns what a user typed into a Lucene query that cannot fail to parse: only normalised words
 * (letters and digits) reach Lucene, so no character of any input is Lucene syntax. A query with
 * no words is null: it matches nothing.
 */
import { BadUserInputError } from './errors.js';
import { hyphenatedRuns, type HyphenatedRun, words } from './text-normalisation.js';
import { wordForms } from './word-forms.js';

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

/** A full-text search, asked two ways: for nodes with every word, and with any of them. */
export interface FullTextQuery {
  /** Every word must match, as written or in one of its forms (word-forms.ts). */
  readonly allWords: string;
  /**
   * One query per word (a hyphenated run's words and the run as one), any of which may match:
   * what search falls back on when no node has them all.
   */
  readonly eachWord: readonly string[];
  /** The words as asked, normalised and in order: what identifies this search in a cursor. */
  readonly normalised: string;
  /** Every word and form the query looks for, for highlighting. */
  readonly terms: readonly string[];
}

/**
 * A word is asked for in each of its forms ("regio's" also as "regio"); a hyphenated run as its
 * words or as one ("Randstad-regio's" is "randstad regios" or "randstadregios"), so either way of
 * writing a compound finds the other (the index stores hyphenated runs both ways).
 * @throws BadUserInputError for more than MAX_QUERY_WORDS distinct words, MAX_QUERY_LENGTH
 *   characters, or a word of over MAX_WORD_LENGTH.
 */
export function fullTextQuery(input: string): FullTextQuery | null {
  requireLength(input, MAX_QUERY_LENGTH, 'A search');
  const runs = hyphenatedRuns(input);
  const distinctWords = limited([
    ...new Set(runs.flatMap((run) => run.parts.map((part) => part.norm))),
  ]);
  if (distinctWords.length === 0) return null;
  const eachWord = runs.flatMap((run) => [
    ...run.parts.map((part) => anyOf(withForms(part.norm))),
    ...(run.parts.length > 1 ? [anyOf(withForms(run.joined))] : []),
  ]);
  return {
    allWords: [...new Set(runs.map(runClause))].join(' AND '),
    eachWord: [...new Set(eachWord)],
    normalised: runs.map((run) => run.parts.map((part) => part.norm).join('-')).join(' '),
    terms: [
      ...new Set(
        runs.flatMap((run) =>
          [...run.parts.map((part) => part.norm), run.joined].flatMap(withForms),
        ),
      ),
    ],
  };
}

function runClause(run: HyphenatedRun): string {
  if (run.parts.length === 1) return anyOf(withForms(run.joined));
  const together = `(${run.parts.map((part) => anyOf(withForms(part.norm))).join(' AND ')})`;
  return anyOf([together, ...withForms(run.joined)]);
}

function withForms(word: string): string[] {
  return [word, ...wordForms(word)];
}

function anyOf(alternatives: readonly string[]): string {
  return alternatives.length === 1 ? (alternatives[0] as string) : `(${alternatives.join(' OR ')})`;
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
