/**
 * The one normalisation used wherever text is compared: mention matching at ingestion, the search
 * index, search queries and highlights. Lower case, no diacritics (variëteit = varieteit), no
 * apostrophes (regio’s = regio's = regios); words are runs of letters and digits, so a hyphen or
 * any other punctuation separates words. Search also reads hyphenated runs as one compound
 * (`hyphenatedRuns`), so that "Randstad-regio's" and "Randstadregio's" can find each other.
 */

export interface Word {
  /** The normalised form. */
  readonly norm: string;
  /** Offsets of the word in the original text. */
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}’'‘`]+/gu;
/** Words joined by hyphens with nothing between (not "arbeids- en woningmarkt", not a dash). */
const HYPHENATED_RUN = /[\p{L}\p{N}’'‘`]+(?:[-‐‑][\p{L}\p{N}’'‘`]+)*/gu;

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

/** A word, or words joined by hyphens, as written: "Randstad-regio’s", "Zuid-Limburg", "regio". */
export interface HyphenatedRun {
  /** The words of the run, each normalised, with where each stands in the original. */
  readonly parts: readonly Word[];
  /** The parts written as one word: "randstadregios"; the one part for a plain word. */
  readonly joined: string;
  readonly start: number;
  readonly end: number;
}

/** The words of `text` in hyphenated runs: a hyphen between letters joins, any other mark parts. */
export function hyphenatedRuns(text: string): HyphenatedRun[] {
  return [...text.matchAll(HYPHENATED_RUN)]
    .map((match) => {
      const parts = words(match[0]).map((word) => ({
        ...word,
        start: word.start + match.index,
        end: word.end + match.index,
      }));
      return {
        parts,
        joined: parts.map((part) => part.norm).join(''),
        start: match.index,
        end: match.index + match[0].length,
      };
    })
    .filter((run) => run.parts.length > 0);
}
