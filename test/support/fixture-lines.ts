/**
 * Line breaking for the fixture PDF: source text with markup (`[^n]` footnote markers, soft
 * hyphens) becomes words of pieces, and words become lines of a given width, a word that does not
 * fit breaking at its last soft hyphen that does.
 */

const SOFT_HYPHEN = '\u00ad';
const MARKER = /\[\^(\d+)\]/g;

/** A piece of a word: text, or a footnote marker printed superscript. */
export interface Piece {
  readonly text: string;
  readonly marker: boolean;
}
export type Word = readonly Piece[];

/** The printed width of a piece of text, in the body font or (for a marker) the superscript. */
export type Measure = (text: string, marker: boolean) => number;

export function words(text: string): Word[] {
  return text.split(' ').map((word) =>
    word
      .split(/(\[\^\d+\])/)
      .filter((piece) => piece !== '')
      .map((piece) => {
        const marker = /^\[\^(\d+)\]$/.exec(piece);
        return marker
          ? { text: marker[1] as string, marker: true }
          : { text: piece, marker: false };
      }),
  );
}

/** Source text as a reader sees it: markers and soft hyphens gone. */
export function plain(text: string): string {
  return text.replace(MARKER, '').replaceAll(SOFT_HYPHEN, '');
}

export function footnoteNumbers(text: string): number[] {
  return [...text.matchAll(MARKER)].map((match) => Number(match[1]));
}

/** Greedy line breaking; the first line may be narrower (an indent). Soft hyphens are removed. */
export function breakLines(
  measure: Measure,
  input: readonly Word[],
  firstWidth: number,
  width: number,
): Word[][] {
  const space = measure(' ', false);
  const wordWidth = (word: Word) =>
    word.reduce(
      (sum, piece) => sum + measure(piece.text.replaceAll(SOFT_HYPHEN, ''), piece.marker),
      0,
    );
  const lineWidth = (line: readonly Word[]) =>
    line.reduce((sum, word) => sum + wordWidth(word), Math.max(line.length - 1, 0) * space);
  const lines: Word[][] = [[]];
  const queue = [...input];
  while (queue.length > 0) {
    const word = queue.shift() as Word;
    const line = lines.at(-1) as Word[];
    const room =
      (lines.length === 1 ? firstWidth : width) - lineWidth(line) - (line.length > 0 ? space : 0);
    if (wordWidth(word) <= room || line.length === 0) {
      line.push(word);
      continue;
    }
    const split = hyphenate(measure, word, room);
    if (split) {
      line.push(split.head);
      queue.unshift(split.tail);
    } else {
      queue.unshift(word);
    }
    lines.push([]);
  }
  return lines
    .filter((line) => line.length > 0)
    .map((line) =>
      line.map((word) =>
        word.map((piece) => ({ ...piece, text: piece.text.replaceAll(SOFT_HYPHEN, '') })),
      ),
    );
}

function hyphenate(measure: Measure, word: Word, room: number): { head: Word; tail: Word } | null {
  const [first, ...rest] = word;
  if (!first || first.marker) return null;
  const breaks = [...first.text.matchAll(/\u00ad/g)].map((match) => match.index).reverse();
  for (const at of breaks) {
    const head = `${first.text.slice(0, at).replaceAll(SOFT_HYPHEN, '')}-`;
    if (measure(head, false) <= room) {
      return {
        head: [{ text: head, marker: false }],
        tail: [{ text: first.text.slice(at + 1), marker: false }, ...rest],
      };
    }
  }
  return null;
}
