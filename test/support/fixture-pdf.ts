/**
 * Writes a fixture PDF from a known source (fixture-essay.ts) with pdfkit, laying every line out
 * itself so the tests know what each page prints: running header, printed page number, headings and
 * their levels, superscript footnote markers and the notes at the page foot, hyphenated line ends,
 * list items and table cells. It also returns the passages the pipeline should read from it.
 */
import PDFDocument from 'pdfkit';
import type { FixtureSource, FixtureTable } from './fixture-essay.js';
import {
  breakLines,
  footnoteNumbers,
  plain,
  words,
  type Measure,
  type Word,
} from './fixture-lines.js';

export interface FixturePage {
  readonly index: number;
  readonly printedNumber: number;
  readonly runningHeader: string | null;
  readonly headings: readonly { text: string; level: 1 | 2 }[];
  readonly footnoteMarkers: readonly number[];
  readonly footnotes: readonly { number: number; text: string }[];
  /** List items whose first line is on this page, markup removed. */
  readonly listItems: readonly string[];
  readonly tableCells: readonly { column: string; row: string; text: string }[];
  /** The printed lines that end in a hyphen the layout inserted. */
  readonly hyphenatedLines: readonly string[];
}

export interface ExpectedPassage {
  readonly section: string;
  readonly kind: 'PARAGRAPH' | 'LIST_ITEM';
  /** The text the pipeline should produce: markup removed, words whole. */
  readonly text: string;
  readonly footnotes: readonly number[];
  /** Printed numbers of the pages the passage is on. */
  readonly pages: readonly number[];
}

export interface FixturePdf {
  readonly bytes: Uint8Array;
  readonly pages: readonly FixturePage[];
  readonly passages: readonly ExpectedPassage[];
}

const PAGE = { width: 595.28, height: 841.89 };
const LEFT = 100;
const RIGHT = 440;
const HEADER_Y = 55;
const NUMBER_Y = 800;
const BODY_TOP = 120;
const NOTES_BOTTOM = 730;
const BODY = { font: 'Times-Roman', size: 12, leading: 21 };
const SUPERSCRIPT = { size: 7.5, raise: 4.5 };
const NOTE = { font: 'Times-Roman', size: 9, leading: 11, indent: 12 };
const INDENT = 18;
const BULLET = { x: LEFT + 12, textX: LEFT + 26 };
const HEADINGS = {
  1: { font: 'Helvetica-Bold', size: 15, before: 12, after: 24 },
  2: { font: 'Times-Bold', size: 12, before: 6, after: 19 },
} as const;
const TABLE = {
  captionFont: 'Helvetica-Bold',
  captionSize: 11,
  font: 'Helvetica',
  headFont: 'Helvetica-Bold',
  size: 9,
  columns: [LEFT, LEFT + 80, LEFT + 185, LEFT + 290],
  wrapped: 10.5,
  item: 13.5,
  row: 18,
};

/** @param pageLabels writes a /PageLabels entry that agrees with the printed numbers. */
export async function writeFixturePdf(
  source: FixtureSource,
  { pageLabels = true }: { pageLabels?: boolean } = {},
): Promise<FixturePdf> {
  const doc = new PDFDocument({ size: [PAGE.width, PAGE.height], margin: 0, autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  const layout = new FixtureLayout(doc, source);
  layout.run();
  if (pageLabels) {
    // pdfkit has no API for page labels; the catalogue is its `_root` reference.
    const root = (doc as unknown as { _root: { data: Record<string, unknown> } })._root;
    const labels = doc.ref({ Nums: [0, { S: 'D', St: source.firstPageNumber }] });
    root.data['PageLabels'] = labels;
    labels.end(undefined);
  }
  doc.end();
  await ended;
  return {
    bytes: new Uint8Array(Buffer.concat(chunks)),
    pages: layout.pages,
    passages: layout.passages,
  };
}

/** A page while it is laid out: what it prints so far. */
interface PageState {
  index: number;
  printedNumber: number;
  runningHeader: string | null;
  headings: { text: string; level: 1 | 2 }[];
  footnoteMarkers: number[];
  footnotes: { number: number; text: string }[];
  listItems: string[];
  tableCells: { column: string; row: string; text: string }[];
  hyphenatedLines: string[];
}

class FixtureLayout {
  readonly pages: PageState[] = [];
  readonly passages: ExpectedPassage[] = [];
  private section = '';
  /** The next body baseline on the current page. */
  private y = BODY_TOP;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly source: FixtureSource,
  ) {}

  run(): void {
    this.newPage();
    this.drawTitlePage();
    let previous: string | null = null;
    for (const block of this.source.blocks) {
      if (block.kind === 'heading') this.heading(block.level, block.text);
      else if (block.kind === 'paragraph') this.paragraph(block.text, previous !== 'heading');
      else if (block.kind === 'list') block.items.forEach((item) => this.listItem(item));
      else this.table(block.table);
      previous = block.kind;
    }
    this.finishPage();
  }

  private get page(): PageState {
    return this.pages.at(-1) as PageState;
  }

  private newPage(): void {
    if (this.pages.length > 0) this.finishPage();
    this.doc.addPage();
    this.y = BODY_TOP;
    const index = this.pages.length + 1;
    this.pages.push({
      index,
      printedNumber: this.source.firstPageNumber + index - 1,
      runningHeader: index === 1 ? null : this.source.runningHeader,
      headings: [],
      footnoteMarkers: [],
      footnotes: [],
      listItems: [],
      tableCells: [],
      hyphenatedLines: [],
    });
  }

  private drawTitlePage(): void {
    this.draw(this.source.title, LEFT, 130, 'Helvetica-Bold', 22);
    this.draw(this.source.authors, LEFT, 160, 'Times-Italic', 12);
    this.y = 200;
  }

  /** Running header, page number and the notes whose markers the page printed. */
  private finishPage(): void {
    const page = this.page;
    if (page.runningHeader) this.draw(page.runningHeader, LEFT, HEADER_Y, 'Times-Italic', 9);
    const number = String(page.printedNumber);
    const width = this.width(number, NOTE.font, 9);
    this.draw(number, (PAGE.width - width) / 2, NUMBER_Y, NOTE.font, 9);
    const noteLines = page.footnotes.map((note) => this.noteLines(note.text));
    let y = NOTES_BOTTOM - (noteLines.flat().length - 1) * NOTE.leading;
    if (noteLines.length > 0) {
      this.doc
        .moveTo(LEFT, y - 12)
        .lineTo(LEFT + 120, y - 12)
        .lineWidth(0.5)
        .stroke();
    }
    page.footnotes.forEach((note, at) => {
      this.draw(String(note.number), LEFT, y, NOTE.font, NOTE.size);
      for (const line of noteLines[at] ?? []) {
        this.draw(line, LEFT + NOTE.indent, y, NOTE.font, NOTE.size);
        y += NOTE.leading;
      }
    });
  }

  private heading(level: 1 | 2, text: string): void {
    const style = HEADINGS[level];
    if (this.y + style.before + style.after + 2 * BODY.leading > this.bodyBottom([])) {
      this.newPage();
    }
    const y = this.y === BODY_TOP ? BODY_TOP : this.y + style.before;
    this.draw(text, LEFT, y, style.font, style.size);
    this.page.headings.push({ text, level });
    this.y = y + style.after;
    this.section = text;
  }

  private paragraph(text: string, indented: boolean): void {
    const lines = breakLines(
      this.measureBody,
      words(text),
      RIGHT - LEFT - (indented ? INDENT : 0),
      RIGHT - LEFT,
    );
    const pages = lines.map((line, at) =>
      this.placeLine(line, at === 0 && indented ? LEFT + INDENT : LEFT),
    );
    this.expect('PARAGRAPH', text, pages);
  }

  private listItem(text: string): void {
    const lines = breakLines(
      this.measureBody,
      words(text),
      RIGHT - BULLET.textX,
      RIGHT - BULLET.textX,
    );
    const pages = lines.map((line, at) => {
      const page = this.placeLine(line, BULLET.textX);
      if (at === 0) {
        this.draw('•', BULLET.x, this.y - BODY.leading, BODY.font, BODY.size);
        this.page.listItems.push(plain(text));
      }
      return page;
    });
    this.expect('LIST_ITEM', text, pages);
  }

  private expect(kind: ExpectedPassage['kind'], text: string, pages: number[]): void {
    this.passages.push({
      section: this.section,
      kind,
      text: plain(text),
      footnotes: footnoteNumbers(text),
      pages: [...new Set(pages)],
    });
  }

  /** Places one line, on a new page when it and its notes do not fit; returns the printed page. */
  private placeLine(line: Word[], x: number): number {
    const markers = line.flatMap((word) =>
      word.filter((piece) => piece.marker).map((piece) => Number(piece.text)),
    );
    if (this.y > this.bodyBottom(markers)) this.newPage();
    const page = this.page;
    const y = this.y;
    let cursor = x;
    line.forEach((word, at) => {
      if (at > 0) cursor += this.width(' ', BODY.font, BODY.size);
      for (const piece of word) {
        const size = piece.marker ? SUPERSCRIPT.size : BODY.size;
        this.draw(piece.text, cursor, piece.marker ? y - SUPERSCRIPT.raise : y, BODY.font, size);
        cursor += this.width(piece.text, BODY.font, size);
      }
    });
    page.footnoteMarkers.push(...markers);
    for (const number of markers) {
      const note = this.source.notes.find((candidate) => candidate.number === number);
      if (!note) throw new Error(`fixture: marker ${number} has no note`);
      page.footnotes.push(note);
    }
    const printed = line.map((word) => word.map((piece) => piece.text).join('')).join(' ');
    if (printed.endsWith('-')) page.hyphenatedLines.push(printed);
    this.y = y + BODY.leading;
    return page.printedNumber;
  }

  /** The lowest baseline body text may use, leaving room for the page's notes and `extra` ones. */
  private bodyBottom(extra: readonly number[]): number {
    const notes = [
      ...this.page.footnotes,
      ...this.source.notes.filter((note) => extra.includes(note.number)),
    ];
    const lines = notes.flatMap((note) => this.noteLines(note.text)).length;
    return lines === 0 ? NOTES_BOTTOM : NOTES_BOTTOM - (lines - 1) * NOTE.leading - 30;
  }

  private table(table: FixtureTable): void {
    const height =
      30 +
      TABLE.row +
      table.rows.reduce((sum, row) => sum + this.rowHeight(row) + TABLE.row, 0) +
      BODY.leading;
    if (this.y + height > this.bodyBottom([])) this.newPage();
    let y = this.y + 8;
    this.draw(table.caption, LEFT, y, TABLE.captionFont, TABLE.captionSize);
    y += 22;
    table.columns.forEach((column, at) =>
      this.draw(column, TABLE.columns[at + 1] as number, y, TABLE.headFont, TABLE.size),
    );
    y += TABLE.row;
    for (const row of table.rows) {
      row.label.forEach((line, at) =>
        this.draw(line, LEFT, y + at * TABLE.wrapped, TABLE.font, TABLE.size),
      );
      row.cells.forEach((cells, column) => {
        let cellY = y;
        for (const cell of cells) {
          cell.forEach((line, at) =>
            this.draw(
              line,
              TABLE.columns[column + 1] as number,
              cellY + at * TABLE.wrapped,
              TABLE.font,
              TABLE.size,
            ),
          );
          this.page.tableCells.push({
            column: table.columns[column] as string,
            row: row.label.join(' '),
            text: cell.join(' '),
          });
          cellY += (cell.length - 1) * TABLE.wrapped + TABLE.item;
        }
      });
      y += this.rowHeight(row) + TABLE.row;
    }
    this.y = y + BODY.leading;
  }

  private rowHeight(row: FixtureTable['rows'][number]): number {
    return Math.max(
      (row.label.length - 1) * TABLE.wrapped,
      ...row.cells.map(
        (cells) =>
          cells.reduce((sum, cell) => sum + (cell.length - 1) * TABLE.wrapped, 0) +
          (cells.length - 1) * TABLE.item,
      ),
    );
  }

  /** Note text wrapped to the note column (notes are short; they never hyphenate). */
  private noteLines(text: string): string[] {
    const lines: string[] = [''];
    for (const word of text.split(' ')) {
      const candidate = lines.at(-1) === '' ? word : `${lines.at(-1)} ${word}`;
      if (this.width(candidate, NOTE.font, NOTE.size) <= RIGHT - LEFT - NOTE.indent)
        lines[lines.length - 1] = candidate;
      else lines.push(word);
    }
    return lines;
  }

  private readonly measureBody: Measure = (text, marker) =>
    this.width(text, BODY.font, marker ? SUPERSCRIPT.size : BODY.size);

  private width(text: string, font: string, size: number): number {
    return this.doc.font(font).fontSize(size).widthOfString(text);
  }

  private draw(text: string, x: number, baseline: number, font: string, size: number): void {
    this.doc
      .font(font)
      .fontSize(size)
      .text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
  }
}
