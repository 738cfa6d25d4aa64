/**
 * Text runs become printed lines: runs on one baseline, ordered left to right, with a space where
 * the gap between two runs is wider than a letter's kerning. Superscript digits (a smaller font on a
 * raised baseline) are footnote markers: glued to the word before them, as the pipeline expects, and
 * listed on the line.
 */
import { joinHyphenated } from '../pipeline/text-repair.js';
import type { TextRun } from './read-pdf.js';

export interface LayoutLine {
  /** The line as printed, whitespace collapsed, footnote markers glued to the word before. */
  readonly text: string;
  readonly x: number;
  readonly right: number;
  /** Baseline, downwards from the top of the page. */
  readonly y: number;
  /** The size of most of the line's characters (superscripts aside). */
  readonly fontSize: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly footnoteMarkers: readonly number[];
  /** The runs at the line's baseline, left to right (superscripts aside). */
  readonly runs: readonly TextRun[];
}

const SAME_BASELINE = 0.45;
const SUPERSCRIPT_SIZE = 0.85;
const SUPERSCRIPT_RAISE = 0.12;
const MAX_RAISE = 0.75;
const SPACE_GAP = 0.15;
const DIGITS = /^\d{1,3}$/;

/** The font size that most characters are printed in, to the nearest tenth of a point. */
export function bodyFontSize(runs: readonly TextRun[]): number {
  const characters = new Map<number, number>();
  for (const run of runs) {
    const size = roundSize(run.fontSize);
    characters.set(size, (characters.get(size) ?? 0) + run.text.trim().length);
  }
  let best = 0;
  let bestCount = -1;
  for (const [size, count] of characters) {
    if (count > bestCount) [best, bestCount] = [size, count];
  }
  return best;
}

export function roundSize(size: number): number {
  return Math.round(size * 10) / 10;
}

/** One page's runs as lines, top to bottom. */
export function toLines(runs: readonly TextRun[]): LayoutLine[] {
  const groups: TextRun[][] = [];
  for (const run of [...runs].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const group = groups.find((candidate) => sameBaseline(candidate, run));
    if (group) group.push(run);
    else groups.push([run]);
  }
  return attachRaisedMarkers(groups)
    .map(toLine)
    .sort((a, b) => a.y - b.y || a.x - b.x);
}

function sameBaseline(group: readonly TextRun[], run: TextRun): boolean {
  const baseline = dominant(group);
  const size = Math.max(baseline.fontSize, run.fontSize);
  return Math.abs(baseline.y - run.y) <= SAME_BASELINE * size;
}

/**
 * A marker raised further than one baseline's tolerance forms a group of its own: it belongs to
 * the line just below it whose text it touches.
 */
function attachRaisedMarkers(groups: TextRun[][]): TextRun[][] {
  const hosts = groups.filter((group) => !isMarkerGroup(group));
  for (const group of groups.filter(isMarkerGroup)) {
    const run = group[0] as TextRun;
    const host = hosts.find((candidate) => {
      const base = dominant(candidate);
      const raise = base.y - run.y;
      const left = Math.min(...candidate.map((item) => item.x));
      const right = Math.max(...candidate.map((item) => item.x + item.width));
      return (
        run.fontSize < SUPERSCRIPT_SIZE * base.fontSize &&
        raise > 0 &&
        raise <= MAX_RAISE * base.fontSize &&
        run.x >= left &&
        run.x <= right + base.fontSize
      );
    });
    if (host) host.push(...group);
    else hosts.push(group);
  }
  return hosts;
}

function isMarkerGroup(group: readonly TextRun[]): boolean {
  return group.every((run) => DIGITS.test(run.text.trim()));
}

/** The run whose size and baseline the line is printed in: the one with most characters. */
function dominant(runs: readonly TextRun[]): TextRun {
  return runs.reduce((best, run) =>
    run.text.trim().length * run.fontSize > best.text.trim().length * best.fontSize ? run : best,
  );
}

function toLine(group: readonly TextRun[]): LayoutLine {
  const base = dominant(group);
  const isMarker = (run: TextRun) =>
    DIGITS.test(run.text.trim()) &&
    run.fontSize < SUPERSCRIPT_SIZE * base.fontSize &&
    base.y - run.y > SUPERSCRIPT_RAISE * base.fontSize;
  const sorted = [...group].sort((a, b) => a.x - b.x);
  let text = '';
  let previousRight = -Infinity;
  const footnoteMarkers: number[] = [];
  for (const run of sorted) {
    if (isMarker(run)) {
      footnoteMarkers.push(Number(run.text.trim()));
      text = `${text.trimEnd()}${run.text.trim()}`;
    } else {
      const gap = run.x - previousRight;
      if (text !== '' && gap > SPACE_GAP * run.fontSize) text += ' ';
      text += run.text;
    }
    previousRight = run.x + run.width;
  }
  const onBaseline = sorted.filter((run) => !isMarker(run));
  const characters = (pick: (run: TextRun) => boolean) =>
    onBaseline.filter(pick).reduce((sum, run) => sum + run.text.trim().length, 0);
  const total = characters(() => true);
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    x: sorted[0]?.x ?? base.x,
    right: previousRight,
    y: base.y,
    fontSize: roundSize(base.fontSize),
    bold: characters((run) => run.bold) * 2 > total,
    italic: characters((run) => run.italic) * 2 > total,
    footnoteMarkers,
    runs: onBaseline,
  };
}

const NO_EXCEPTIONS = { keepHyphenAfter: new Set<string>(), properNames: new Set<string>() };

/**
 * Joins a wrapped line (of a note or a table cell) to the text before it: a line-end hyphen is
 * repaired by the pipeline's rules (with no reviewed exceptions yet), any other break is a space.
 */
export function joinWrapped(text: string, line: string): string {
  return /\p{L}-$/u.test(text) ? joinHyphenated(text, line, NO_EXCEPTIONS) : `${text} ${line}`;
}
