/**
 * Step 2: find the documents, their section headings and their tables among the paged lines.
 *
 * Headings and table cells come from the metadata and are matched against the text (whitespace
 * normalised), never guessed: a heading the text does not contain, or a table whose lines differ from
 * its declared cells, stops ingestion with the line number where reading failed.
 */
import type { DocumentSpec, EssayMetadata, TableLayout } from './essay-metadata.js';
import { LayoutError, type SourceLine } from './page-layout.js';

export interface SectionLines {
  readonly heading: string;
  readonly page: number;
  /** Body lines, in order; tables removed. */
  readonly lines: readonly SourceLine[];
  /** Indexes into `lines` before which a table interrupted the text (a paragraph ends there). */
  readonly breaksBefore: ReadonlySet<number>;
}

export interface DocumentLines {
  readonly spec: DocumentSpec;
  readonly sections: readonly SectionLines[];
}

export interface TableLines {
  readonly layout: TableLayout;
  readonly page: number;
  /** Cell texts in reading order, each with the theme (column) and horizon (row) it sits in. */
  readonly cells: readonly { text: string; theme: string; horizon: 'SHORT' | 'LONG' }[];
}

export interface EssayStructure {
  readonly documents: readonly DocumentLines[];
  readonly tables: readonly TableLines[];
}

const MAX_HEADING_LINES = 3;

export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u2009]+/g, ' ').trim();
}

export function structure(lines: readonly SourceLine[], metadata: EssayMetadata): EssayStructure {
  const tableStarts = new Map<number, TableLayout>();
  for (const layout of metadata.tables) tableStarts.set(findLine(lines, layout.caption, 0), layout);

  const headingStarts = new Map<number, { document: number; heading: string; length: number }>();
  let cursor = 0;
  metadata.documents.forEach((document, documentIndex) => {
    for (const heading of document.headings) {
      const found = findHeading(lines, heading, cursor);
      headingStarts.set(found.index, { document: documentIndex, heading, length: found.length });
      cursor = found.index + found.length;
    }
  });
  if (!headingStarts.has(0)) {
    throw new LayoutError(
      `line ${lines[0]?.lineNumber}: text before the first heading "${metadata.documents[0]?.headings[0]}"`,
    );
  }

  const documents = metadata.documents.map((spec) => ({ spec, sections: [] as SectionLines[] }));
  const tables: TableLines[] = [];
  let section: {
    heading: string;
    page: number;
    lines: SourceLine[];
    breaksBefore: Set<number>;
  } | null = null;
  for (let index = 0; index < lines.length;) {
    const heading = headingStarts.get(index);
    const table = tableStarts.get(index);
    const line = lines[index] as SourceLine;
    if (heading) {
      section = { heading: heading.heading, page: line.page, lines: [], breaksBefore: new Set() };
      documents[heading.document]?.sections.push(section);
      index += heading.length;
    } else if (table) {
      const parsed = readTable(lines, index, table);
      tables.push(parsed.table);
      section?.breaksBefore.add(section.lines.length);
      index = parsed.next;
    } else {
      section?.lines.push(line);
      index++;
    }
  }
  return { documents, tables };
}

function findLine(lines: readonly SourceLine[], text: string, from: number): number {
  const wanted = normaliseSpace(text);
  const index = lines.findIndex((line, at) => at >= from && normaliseSpace(line.raw) === wanted);
  if (index < 0) throw new LayoutError(`no line reads "${text}"`);
  return index;
}

/** A heading may be printed over several lines; it must start a line. */
function findHeading(lines: readonly SourceLine[], heading: string, from: number) {
  const wanted = normaliseSpace(heading);
  for (let index = from; index < lines.length; index++) {
    let joined = '';
    for (let length = 1; length <= MAX_HEADING_LINES && index + length <= lines.length; length++) {
      joined = normaliseSpace(`${joined} ${lines[index + length - 1]?.raw ?? ''}`);
      if (joined === wanted) return { index, length };
      if (!wanted.startsWith(joined)) break;
    }
  }
  throw new LayoutError(
    `heading "${heading}" not found after line ${lines[from]?.lineNumber ?? 'end'}`,
  );
}

/**
 * Reads a flattened table: caption, the column headings on one line, then per row its label (over
 * one or more lines) and its cells column by column, each cell over one or more lines.
 */
function readTable(lines: readonly SourceLine[], start: number, layout: TableLayout) {
  let index = start + 1;
  const expect = (text: string, what: string) => {
    const wanted = normaliseSpace(text);
    let joined = '';
    const first = lines[index];
    while (index < lines.length && joined.length < wanted.length) {
      joined = normaliseSpace(`${joined} ${lines[index]?.raw ?? ''}`);
      index++;
      if (!wanted.startsWith(joined)) break;
    }
    if (joined !== wanted) {
      throw new LayoutError(
        `line ${first?.lineNumber ?? 'end'}: table "${layout.caption}" ${what} should read "${wanted}", found "${joined}"`,
      );
    }
  };
  expect(layout.columns.map((column) => column.printed).join(' '), 'column headings');
  const cells: TableLines['cells'][number][] = [];
  for (const row of layout.rows) {
    expect(row.printed, 'row label');
    for (const column of layout.columns) {
      for (const cell of row.cells[column.theme] ?? []) {
        expect(cell, `cell (${row.horizon}, ${column.theme})`);
        cells.push({ text: normaliseSpace(cell), theme: column.theme, horizon: row.horizon });
      }
    }
  }
  return { table: { layout, page: (lines[start] as SourceLine).page, cells }, next: index };
}
