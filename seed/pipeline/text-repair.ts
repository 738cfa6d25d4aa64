/**
 * Pure repairs of extraction damage inside running text: words hyphenated across lines, and
 * footnote numbers glued to words or punctuation.
 */

export interface HyphenationRules {
  /** Lower-case words that keep their hyphen before a line break (hbo-niveau). */
  readonly keepHyphenAfter: ReadonlySet<string>;
  /** Names that keep their hyphen (Randstad-regio's), as written. */
  readonly properNames: ReadonlySet<string>;
}

const CONJUNCTIONS = new Set(['en', 'of', 'tot', 'dan', 'noch']);
const VOWEL_END = /[aeiouy]$/i;
const VOWEL_START = /^[aeiouy]/i;

/**
 * Joins a line ending in a hyphen (`left`, trailing whitespace removed) with the next line.
 * - "gemeente-" + "of participatiebudget": an elliptic compound before a conjunction keeps hyphen
 *   and space;
 * - abbreviations (ICT-, EU-, RIS3-, hbo-), names (Randstad-) and vowel clashes
 *   (agglomeratie-effecten) keep the hyphen;
 * - any other word is one word broken across lines: the hyphen goes.
 */
export function joinHyphenated(left: string, right: string, rules: HyphenationRules): string {
  const stem = left.slice(0, -1);
  const fragment = /([\p{L}\p{N}&]+)$/u.exec(stem)?.[1] ?? '';
  const next = /^([\p{L}\p{N}]+)/u.exec(right)?.[1] ?? '';
  if (CONJUNCTIONS.has(next)) return `${left} ${right}`;
  const keepsHyphen =
    /^[\p{Lu}\p{N}&]{2,}$/u.test(fragment) ||
    /\p{N}/u.test(fragment) ||
    rules.keepHyphenAfter.has(fragment.toLowerCase()) ||
    rules.properNames.has(fragment) ||
    (VOWEL_END.test(fragment) && VOWEL_START.test(next));
  return keepsHyphen ? `${left}${right}` : `${stem}${right}`;
}

export interface FootnoteRange {
  readonly first: number;
  readonly last: number;
}

/**
 * Finds footnote numbers in document order. A candidate is a one- or two-digit number glued to a
 * word or to punctuation (optionally after one space following punctuation: `vereist. 10`), not part
 * of a decimal (`2,6`) and not after a plain word and a space (`niveau 2`). Because the notes are
 * numbered in sequence, a candidate counts only near the next expected number, which keeps content
 * numbers out (a repeated number, as the extraction sometimes prints, is accepted).
 */
export class FootnoteSequence {
  private expected: number;

  constructor(private readonly range: FootnoteRange) {
    this.expected = range.first;
  }

  /** Removes the footnote numbers from `line`; returns the cleaned line and the numbers found. */
  strip(line: string): { text: string; footnotes: number[] } {
    const footnotes: number[] = [];
    const text = line.replace(
      /([ \u2009\u00a0]?)(\d{1,2})(?=[\s\u00a0\u2009]|$)/gu,
      (match, space: string, digits: string, offset: number) => {
        const before = line.slice(0, offset);
        const number = Number(digits);
        if (!this.isFootnote(before, space, number)) return match;
        footnotes.push(number);
        this.expected = number + 1;
        return '';
      },
    );
    return { text, footnotes };
  }

  /** Numbers not yet seen when the document ends: the sequence must reach `last`. */
  get next(): number {
    return this.expected;
  }

  private isFootnote(before: string, space: string, number: number): boolean {
    if (number < this.range.first || number > this.range.last) return false;
    if (number < this.expected - 1 || number > this.expected + 2) return false;
    const previous = before.at(-1) ?? '';
    // Dutch writes decimals with a comma (2,6); a number after "2015." is a footnote.
    if (/\p{N}/u.test(previous) || /\p{N},$/u.test(before)) return false;
    if (space === '') return /[\p{L}.,;:!?)’”'"]/u.test(previous);
    return /[.,;:!?)’”'"]/u.test(previous);
  }
}
