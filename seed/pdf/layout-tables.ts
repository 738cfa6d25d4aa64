/**
 * Tables: a caption line ("Tabel 1 …") followed by a block whose text clusters into columns by x
 * position. The first line of the block holds the column headings; a column the headings leave
 * empty holds the row labels. Within a column, lines closer than a wrapped line's leading belong to
 * one cell (or one label); a new label starts a row.
 */
import { joinWrapped, type LayoutLine } from './layout-lines.js';
import type { TextRun } from './read-pdf.js';

export interface TableRow {
  /** The printed row label, lines joined; '' when the table has no label column. */
  readonly label: string;
  /** Per column (in `columns` order), its cells top to bottom. */
  readonly cells: readonly (readonly string[])[];
}

export interface DetectedTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
}

export const TABLE_CAPTION = /^(Tabel|Table)\s+\d+\b/u;

/** Lines of one cell are at most this many font sizes apart; cells further. */
const WRAPPED_LEADING = 1.3;
/** A vertical gap this many font sizes wide ends the table. */
const TABLE_END_GAP = 3;
/** Runs further apart than this many font sizes are in different cells. */
const CELL_GAP = 1.2;

interface Segment {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly fontSize: number;
}

/**
 * The lines of the table that starts at `lines[captionAt]`: those after the caption until a line
 * that `isBody` accepts, a wide vertical gap, or the end of `lines`.
 */
export function tableExtent(
  lines: readonly LayoutLine[],
  captionAt: number,
  isBody: (line: LayoutLine) => boolean,
): number {
  let end = captionAt + 1;
  while (end < lines.length) {
    const line = lines[end] as LayoutLine;
    const previous = lines[end - 1] as LayoutLine;
    // The caption may stand further from the table than its rows stand from each other.
    const gapEnds = end > captionAt + 1 && line.y - previous.y > TABLE_END_GAP * line.fontSize;
    if (isBody(line) || gapEnds) break;
    end++;
  }
  return end;
}

/** @returns null when the block does not cluster into at least two columns. */
export function readTable(caption: LayoutLine, block: readonly LayoutLine[]): DetectedTable | null {
  const segments = block.map(segmentsOf);
  const columnStarts = clusterColumns(segments.flat());
  if (columnStarts.length < 2 || segments.length < 2) return null;
  const columnOf = (segment: Segment) =>
    columnStarts.reduce(
      (best, start, at) =>
        Math.abs(segment.x - start) < Math.abs(segment.x - (columnStarts[best] as number))
          ? at
          : best,
      0,
    );
  const headings = segments[0] as Segment[];
  const headed = new Set(headings.map(columnOf));
  const labelColumn = headed.has(0) ? null : 0;
  const contentColumns = columnStarts.map((_, at) => at).filter((at) => at !== labelColumn);
  const body = segments.slice(1).flat();
  const inColumn = (column: number) => body.filter((segment) => columnOf(segment) === column);

  const rowStarts =
    labelColumn === null ? [-Infinity] : cells(inColumn(labelColumn)).map((cell) => cell.y);
  const labels =
    labelColumn === null ? [''] : cells(inColumn(labelColumn)).map((cell) => cell.text);
  const rowOf = (y: number) => rowStarts.filter((start) => start <= y + 0.5).length - 1;
  const rows = labels.map((label, row) => ({
    label,
    cells: contentColumns.map((column) =>
      cells(inColumn(column))
        .filter((cell) => Math.max(rowOf(cell.y), 0) === row)
        .map((cell) => cell.text),
    ),
  }));
  return {
    caption: caption.text,
    columns: contentColumns.map((column) =>
      headings
        .filter((segment) => columnOf(segment) === column)
        .map((segment) => segment.text)
        .join(' '),
    ),
    rows,
  };
}

/** A line's runs, merged where they touch and split where a wide gap separates two cells. */
function segmentsOf(line: LayoutLine): Segment[] {
  const segments: { text: string; x: number; right: number; y: number; fontSize: number }[] = [];
  for (const run of line.runs as TextRun[]) {
    const last = segments.at(-1);
    if (last && run.x - last.right <= CELL_GAP * line.fontSize) {
      const spaced = run.x - last.right > 0.15 * line.fontSize ? ' ' : '';
      last.text = `${last.text}${spaced}${run.text}`;
      last.right = run.x + run.width;
    } else {
      // A run's own baseline, not the line's: cells of neighbouring rows can sit within a
      // baseline tolerance of each other and share a line.
      segments.push({
        text: run.text,
        x: run.x,
        right: run.x + run.width,
        y: run.y,
        fontSize: line.fontSize,
      });
    }
  }
  return segments.map((segment) => ({
    ...segment,
    text: segment.text.replace(/\s+/g, ' ').trim(),
  }));
}

/** Left edges that lie close together form one column; columns are ordered left to right. */
function clusterColumns(segments: readonly Segment[]): number[] {
  const starts = segments.map((segment) => segment.x).sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const x of starts) {
    const last = clusters.at(-1);
    const size = segments[0]?.fontSize ?? 10;
    if (last && x - (last.at(-1) as number) <= CELL_GAP * size) last.push(x);
    else clusters.push([x]);
  }
  return clusters.map((cluster) => Math.min(...cluster));
}

/** Segments of one column, top to bottom, joined into cells where they wrap at line leading. */
function cells(column: readonly Segment[]): { text: string; y: number }[] {
  const result: { text: string; y: number; lastY: number }[] = [];
  for (const segment of [...column].sort((a, b) => a.y - b.y)) {
    const last = result.at(-1);
    if (last && segment.y - last.lastY <= WRAPPED_LEADING * segment.fontSize) {
      last.text = joinWrapped(last.text, segment.text);
      last.lastY = segment.y;
    } else {
      result.push({ text: segment.text, y: segment.y, lastY: segment.y });
    }
  }
  return result.map(({ text, y }) => ({ text, y }));
}
