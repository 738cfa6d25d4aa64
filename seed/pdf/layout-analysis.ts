/**
 * Reads an essay's structure from the layout of its PDF pages: the body font size, running headers
 * and printed page numbers, the title, headings and their levels, paragraphs (and whether one
 * continues from the previous page), list items, tables, footnote markers and the footnotes' texts.
 * Pure: pages of text runs in, values out. Nothing is dropped silently: what is not body text is
 * returned in its own field, and what looks inconsistent is returned as a warning.
 */
import { footnotesAtFoot, type Footnote } from './layout-footnotes.js';
import { bodyFontSize, toLines, type LayoutLine } from './layout-lines.js';
import { readTable, TABLE_CAPTION, tableExtent, type DetectedTable } from './layout-tables.js';
import { findFurniture } from './page-furniture.js';
import type { PdfPage } from './read-pdf.js';

export type LayoutBlock =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string; readonly level: number }
  | {
      readonly kind: 'paragraph';
      /** True when the paragraph began on an earlier page. */
      readonly continued: boolean;
      readonly lines: readonly string[];
    }
  | {
      readonly kind: 'list-item';
      readonly continued: boolean;
      /** The printed marker: a bullet glyph, "1." or "a)". */
      readonly marker: string;
      /** The item's lines, the marker removed from the first. */
      readonly lines: readonly string[];
    }
  | ({ readonly kind: 'table' } & DetectedTable);

export interface PageLayout {
  readonly index: number;
  readonly label: string | null;
  readonly printedNumber: number | null;
  /** The running header or footer printed on this page. */
  readonly runningHeader: string | null;
  /** Body blocks in reading order. */
  readonly blocks: readonly LayoutBlock[];
  /** Footnote markers in the body, in reading order. */
  readonly footnoteMarkers: readonly number[];
  /** The notes printed at the foot of the page. */
  readonly footnotes: readonly Footnote[];
}

export interface EssayLayout {
  readonly bodyFontSize: number;
  readonly runningHeader: string | null;
  readonly title: string | null;
  readonly pages: readonly PageLayout[];
  readonly warnings: readonly string[];
}

const HEADING_SIZE = 1.15;
const SIZE_TOLERANCE = 0.3;
const INDENT = 0.5;
const PARAGRAPH_GAP = 1.8;
const HEADING_LEADING = 1.6;
/** A line filling less than this share of the column is short (ragged lines rarely are). */
const SHORT_LINE = 0.7;
const SENTENCE_END = /[.?!:;]\d*[’”'")]*$/u;
const LIST_MARKER = /^([•▪●◦‣–-]|\d{1,2}[.)]|[a-z]\))\s+/u;

interface Metrics {
  readonly body: number;
  readonly left: number;
  readonly right: number;
}

type Draft =
  | { kind: 'title'; lines: LayoutLine[] }
  | { kind: 'heading'; lines: LayoutLine[]; style: string }
  | { kind: 'paragraph'; continued: boolean; lines: LayoutLine[] }
  | { kind: 'list-item'; continued: boolean; marker: string; textX: number; lines: LayoutLine[] }
  | ({ kind: 'table' } & DetectedTable);

/** Does not throw: a line it cannot place stays a paragraph line; doubtful page numbers are warnings. */
export function analyseLayout(pdfPages: readonly PdfPage[]): EssayLayout {
  const body = bodyFontSize(pdfPages.flatMap((page) => page.runs));
  const paged = pdfPages.map((page) => ({ ...page, lines: toLines(page.runs) }));
  const furniture = findFurniture(paged);
  const bodyLines = paged.map((page, at) =>
    page.lines.filter((line) => !furniture.pages[at]?.lines.has(line)),
  );
  const metrics = measure(bodyLines.flat(), body);
  const titleLines = findTitle(bodyLines[0] ?? [], bodyLines.slice(1).flat(), body);

  let previous: Draft | undefined;
  let lastNote = 0;
  const drafts = paged.map((page, at) => {
    const lines = bodyLines[at] ?? [];
    const notes = footnotesAtFoot(lines, metrics.body, lastNote);
    lastNote = notes.notes.at(-1)?.number ?? lastNote;
    const blocks = pageBlocks(
      lines.filter((line) => !notes.lines.has(line)),
      metrics,
      titleLines,
      previous,
    );
    previous = blocks.at(-1) ?? previous;
    return { page, blocks, notes: notes.notes };
  });

  const levels = headingLevels(drafts.flatMap((draft) => draft.blocks));
  return {
    bodyFontSize: body,
    runningHeader: furniture.runningHeader,
    title: titleLines.length > 0 ? titleLines.map((line) => line.text).join(' ') : null,
    warnings: furniture.warnings,
    pages: drafts.map(({ page, blocks, notes }, at) => ({
      index: page.index,
      label: page.label,
      printedNumber: furniture.pages[at]?.printedNumber ?? null,
      runningHeader: furniture.pages[at]?.runningHeader ?? null,
      blocks: blocks.map((block) => finish(block, levels)),
      footnoteMarkers: blocks.flatMap((block) =>
        'lines' in block && block.kind !== 'title' && block.kind !== 'heading'
          ? block.lines.flatMap((line) => [...line.footnoteMarkers])
          : [],
      ),
      footnotes: notes,
    })),
  };
}

/** The body's left edge (the commonest start of a body-size line) and right edge. */
function measure(lines: readonly LayoutLine[], body: number): Metrics {
  const bodySized = lines.filter((line) => Math.abs(line.fontSize - body) <= SIZE_TOLERANCE);
  const starts = new Map<number, number>();
  for (const line of bodySized)
    starts.set(Math.round(line.x), (starts.get(Math.round(line.x)) ?? 0) + 1);
  const left = [...starts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const rights = bodySized.map((line) => line.right).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? left;
  return { body, left, right };
}

/**
 * The largest text on the first page: its first block of lines. It must be larger than anything on
 * the later pages, or it is a heading of the kind they print (an essay that opens without a title).
 */
function findTitle(
  lines: readonly LayoutLine[],
  laterPages: readonly LayoutLine[],
  body: number,
): LayoutLine[] {
  const largest = Math.max(0, ...lines.map((line) => line.fontSize));
  const largestLater = Math.max(0, ...laterPages.map((line) => line.fontSize));
  if (largest < body * HEADING_SIZE || largest <= largestLater) return [];
  const first = lines.findIndex((line) => line.fontSize === largest);
  const title = [lines[first] as LayoutLine];
  for (const line of lines.slice(first + 1)) {
    const last = title.at(-1) as LayoutLine;
    if (line.fontSize !== largest || line.y - last.y > HEADING_LEADING * largest) break;
    title.push(line);
  }
  return title;
}

function pageBlocks(
  lines: readonly LayoutLine[],
  metrics: Metrics,
  titleLines: readonly LayoutLine[],
  carried: Draft | undefined,
): Draft[] {
  const blocks: Draft[] = [];
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at] as LayoutLine;
    const last = blocks.at(-1);
    const above = lines[at - 1];
    if (titleLines.includes(line)) {
      if (last?.kind === 'title') last.lines.push(line);
      else blocks.push({ kind: 'title', lines: [line] });
    } else if (TABLE_CAPTION.test(line.text)) {
      const end = tableExtent(
        lines,
        at,
        (next) => isRunningBody(next, metrics) || headingStyle(next, metrics) !== null,
      );
      const table = readTable(line, lines.slice(at + 1, end));
      if (table) {
        blocks.push({ kind: 'table', ...table });
        at = end - 1;
      } else {
        blocks.push({ kind: 'paragraph', continued: false, lines: [line] });
      }
    } else if (headingStyle(line, metrics) !== null) {
      const style = headingStyle(line, metrics) as string;
      if (
        last?.kind === 'heading' &&
        last.style === style &&
        above &&
        line.y - above.y <= HEADING_LEADING * line.fontSize
      ) {
        last.lines.push(line);
      } else {
        blocks.push({ kind: 'heading', lines: [line], style });
      }
    } else if (LIST_MARKER.test(line.text) && line.x <= metrics.left + 3 * metrics.body) {
      const marker = (LIST_MARKER.exec(line.text) as RegExpExecArray)[1] as string;
      blocks.push({
        kind: 'list-item',
        continued: false,
        marker,
        textX: textStart(line, marker),
        lines: [line],
      });
    } else {
      placeBodyLine(blocks, line, above, at === 0 ? carried : undefined, metrics);
    }
  }
  return blocks;
}

/**
 * A body line continues the list item whose text it aligns with, or the paragraph above it (or on
 * the previous page) unless it is indented, stands after a wide gap, or follows a short line that
 * ends a sentence; otherwise it starts a paragraph.
 */
function placeBodyLine(
  blocks: Draft[],
  line: LayoutLine,
  above: LayoutLine | undefined,
  carried: Draft | undefined,
  metrics: Metrics,
): void {
  const pageTop = blocks.length === 0;
  const open = blocks.at(-1) ?? carried;
  if (
    open?.kind === 'list-item' &&
    Math.abs(line.x - open.textX) <= SIZE_TOLERANCE * metrics.body
  ) {
    if (pageTop) blocks.push({ ...open, continued: true, lines: [line] });
    else open.lines.push(line);
    return;
  }
  const indented = line.x > metrics.left + INDENT * metrics.body;
  const gap = above !== undefined && line.y - above.y > PARAGRAPH_GAP * line.fontSize;
  if (open?.kind === 'paragraph' && !indented && !gap && !afterShortLine(open, line, metrics)) {
    if (pageTop) blocks.push({ kind: 'paragraph', continued: true, lines: [line] });
    else open.lines.push(line);
    return;
  }
  blocks.push({ kind: 'paragraph', continued: false, lines: [line] });
}

/** Whether the paragraph's last line ended it: a sentence ends well before the right edge. */
function afterShortLine(paragraph: { lines: LayoutLine[] }, line: LayoutLine, metrics: Metrics) {
  const last = paragraph.lines.at(-1);
  return (
    last !== undefined &&
    last.right - metrics.left < SHORT_LINE * (metrics.right - metrics.left) &&
    SENTENCE_END.test(last.text) &&
    /^[\p{Lu}\p{N}“‘"]/u.test(line.text)
  );
}

/** A heading is larger than body text, or bold at body size; its style is its size and weight. */
function headingStyle(line: LayoutLine, metrics: Metrics): string | null {
  if (TABLE_CAPTION.test(line.text)) return null;
  const larger = line.fontSize >= metrics.body * HEADING_SIZE;
  const boldBody = line.bold && Math.abs(line.fontSize - metrics.body) <= SIZE_TOLERANCE;
  return larger || boldBody ? `${line.fontSize}:${line.bold ? 'bold' : 'regular'}` : null;
}

/** A line of running text: body size, from the left edge, wider than most of the column. */
function isRunningBody(line: LayoutLine, metrics: Metrics): boolean {
  return (
    Math.abs(line.fontSize - metrics.body) <= SIZE_TOLERANCE &&
    line.x <= metrics.left + 2 * metrics.body &&
    line.right - line.x > 0.6 * (metrics.right - metrics.left)
  );
}

/** Where a list item's text starts: the run after the marker, when the marker is a run of its own. */
function textStart(line: LayoutLine, marker: string): number {
  const [first, second] = line.runs;
  if (first && second && first.text.trim() === marker) return second.x;
  // Marker and text in one run: estimate from the run's average character width.
  const characterWidth = first ? first.width / Math.max(first.text.length, 1) : 0;
  return line.x + characterWidth * (marker.length + 1);
}

/** Distinct heading styles, largest first (bold before regular at one size): level 1, 2, … */
function headingLevels(blocks: readonly Draft[]): Map<string, number> {
  const styles = [
    ...new Set(blocks.flatMap((block) => (block.kind === 'heading' ? [block.style] : []))),
  ];
  styles.sort((a, b) => {
    const [sizeA, weightA] = a.split(':');
    const [sizeB, weightB] = b.split(':');
    return (
      Number(sizeB) - Number(sizeA) || (weightA === 'bold' ? -1 : 0) - (weightB === 'bold' ? -1 : 0)
    );
  });
  return new Map(styles.map((style, at) => [style, at + 1]));
}

function finish(block: Draft, levels: ReadonlyMap<string, number>): LayoutBlock {
  switch (block.kind) {
    case 'title':
      return { kind: 'title', text: joinLines(block.lines) };
    case 'heading':
      return { kind: 'heading', text: joinLines(block.lines), level: levels.get(block.style) ?? 1 };
    case 'paragraph':
      return {
        kind: 'paragraph',
        continued: block.continued,
        lines: block.lines.map((line) => line.text),
      };
    case 'list-item':
      return {
        kind: 'list-item',
        continued: block.continued,
        marker: block.marker,
        lines: block.lines.map((line, at) =>
          at === 0 && !block.continued ? line.text.replace(LIST_MARKER, '') : line.text,
        ),
      };
    case 'table':
      return block;
  }
}

function joinLines(lines: readonly LayoutLine[]): string {
  return lines.map((line) => line.text).join(' ');
}
