/**
 * The one normalisation used wherever text is compared: mention matching at ingestion, the search
 * index, search queries and highlights. Lower case, no diacritics (variëteit = varieteit), no
 * apostrophes (regio’s = regio's = regios); words are runs of letters and digits, so a hyphen or
 * any other punctuation separates words.
 */

export interface Word {
  /** The normalised form. */
  readonly norm: string;
  /** Offsets of the word in the original text. */
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}’'‘`]+/gu;

export function normaliseWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’'‘`]/gu, '')
    .toLowerCase();
}

/** The words of `text`, normalised, with where each stands in the original. */
export function words(text: string): Word[] {
  return [...text.matchAll(WORD)]
    .map((match) => ({
      norm: normaliseWord(match[0]),
      start: match.index,
      end: match.index + match[0].length,
    }))
    .filter((word) => word.norm !== '');
}

/** Normalised words joined by single spaces: what the full-text index stores and is queried with. */
export function searchableText(...texts: readonly (string | null | undefined)[]): string {
  return texts.flatMap((text) => (text ? words(text).map((word) => word.norm) : [])).join(' ');
}
