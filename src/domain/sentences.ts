/**
 * Splitting a cleaned passage into sentences, as spans of its text, so that each sentence can be
 * quoted verbatim. Pure.
 *
 * A sentence ends at ".", "?" or "!" (and any closing quote or bracket after it) followed by white
 * space and a character that can open a sentence. A full stop does not end one after a Dutch
 * abbreviation ("o.a.", "bijv.", "ca.", "dr.", "prof.") or an initial ("J. van Dijk"); a full stop
 * or comma between digits ("1.200", "3,5") has no space after it and never ends one.
 */

export interface SentenceSpan {
  /** Offset of the sentence's first character in the passage text. */
  readonly start: number;
  /** Offset just past its last character (its closing mark included, trailing space not). */
  readonly end: number;
}

/**
 * Abbreviations that end in a full stop, lower case, without that last stop. Those that contain
 * stops themselves ("o.a.") are listed as written, so that "a." inside them is not read as one.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Titles before names.
  'dr',
  'drs',
  'prof',
  'mr',
  'ir',
  'ing',
  'mevr',
  'dhr',
  'st',
  'jr',
  // Abbreviations in running Dutch text.
  'o.a',
  'bijv',
  'bv',
  'b.v',
  'ca',
  'e.a',
  'e.d',
  'e.v',
  'enz',
  'etc',
  'evt',
  'incl',
  'excl',
  'i.e',
  'e.g',
  'cf',
  'vgl',
  'zgn',
  'z.g',
  'resp',
  'm.a.w',
  'd.w.z',
  'i.p.v',
  't.o.v',
  't.a.v',
  'i.v.m',
  'm.b.t',
  'n.a.v',
  'o.b.v',
  'o.i.d',
  'm.n',
  'nl',
  'c.q',
  'vs',
  'plm',
  'min',
  'max',
  'mln',
  'mld',
  'mrd',
  'nr',
  'blz',
  'p',
  'pp',
  'art',
  'red',
]);

/** Where a sentence may end: a mark, closing quotes or brackets, then white space. */
const SENTENCE_BREAK = /[.?!][’”'")\]]*(?=\s+[\p{Lu}\p{N}‘“'"(])/gu;
/** The word (letters and inner stops) that a full stop closes. */
const WORD_BEFORE_STOP = /([\p{L}][\p{L}.]*)$/u;

/** The sentences of `text`, in order, without the white space between them. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(SENTENCE_BREAK)) {
    if (match[0].startsWith('.') && isAbbreviation(text.slice(start, match.index))) continue;
    const end = match.index + match[0].length;
    if (end > start) spans.push({ start, end });
    start = skipSpace(text, end);
  }
  const end = text.trimEnd().length;
  if (end > start) spans.push({ start, end });
  return spans;
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/u.test(text.charAt(at))) at += 1;
  return at;
}

/** Whether the full stop after `before` belongs to an abbreviation or an initial. */
function isAbbreviation(before: string): boolean {
  const word = WORD_BEFORE_STOP.exec(before)?.[1];
  if (word === undefined) return false;
  // A single capital is an initial ("J. van Dijk"); a sentence rarely ends in one letter.
  if (/^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentence of `text` that holds the character at `offset`. */
export function sentenceAt(text: string, offset: number): SentenceSpan {
  const sentences = splitSentences(text);
  return (
    sentences.find((sentence) => offset < sentence.end) ??
    sentences.at(-1) ?? { start: 0, end: text.length }
  );
}
