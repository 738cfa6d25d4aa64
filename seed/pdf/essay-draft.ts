/**
 * Turns a PDF's layout into the two inputs the text pipeline already reads: the raw text, written
 * in the seed corpus's conventions (seed/corpus/README.md), and a draft `<slug>.meta.yaml` for a
 * reviewer. Pure. Everything drafted comes from the layout; what the layout cannot tell is left as
 * a YAML comment saying what the reviewer must fill in.
 *
 * Raw text conventions (see page-layout.ts and paragraphs.ts): a page opens with its printed number
 * and the running header on lines of their own, or else with a line starting with a space; lines are
 * separated by blank lines; a running line ends in one space, a paragraph's last line in none; a
 * paragraph starts with a tab; a list item starts with its marker and a tab; footnote markers are
 * glued to the word before them; a table is flattened to caption, column headings on one line, then
 * per row its label and its cells column by column.
 */
import { stringify } from 'yaml';
import type { EssayLayout, LayoutBlock, PageLayout } from './layout-analysis.js';

export interface DraftOptions {
  /** The essay's slug: names the document and the text file. */
  readonly slug: string;
  /** Write the detected title into the metadata (for an essay the catalogue does not define). */
  readonly includeTitle?: boolean;
  /** The PDF's file name, for the header comment. */
  readonly pdfName?: string;
}

export interface EssayDraft {
  readonly text: string;
  readonly metadataYaml: string;
}

/** Markers the pipeline reads (paragraphs.ts LIST_MARKER): digits, an en dash, a bullet. */
const PIPELINE_MARKER: Record<string, string> = {
  '•': '•',
  '▪': '•',
  '●': '•',
  '◦': '•',
  '‣': '•',
  '–': '–',
  '-': '–',
};

export function draftEssay(layout: EssayLayout, options: DraftOptions): EssayDraft {
  const review: string[] = [...layout.warnings];
  const numbering = pageNumbering(layout, review);
  const firstHeading = firstHeadingAt(layout);
  const lines: string[] = [];
  const skipped: string[] = [];
  layout.pages.forEach((page, at) => {
    const pageLines = page.blocks.flatMap((block, index) => {
      const beforeBody =
        at < firstHeading.page || (at === firstHeading.page && index < firstHeading.block);
      if (block.kind === 'title') return [];
      if (beforeBody) {
        skipped.push(...blockText(block));
        return [];
      }
      const continues =
        index === page.blocks.length - 1 && continuesOnNextPage(layout.pages[at + 1]);
      return rawLines(block, continues, review, numbering.pageOf(at));
    });
    if (numbering.opensWithNumber(at)) {
      lines.push(String(page.printedNumber), layout.runningHeader as string, ...pageLines);
    } else if (pageLines.length > 0) {
      lines.push(` ${pageLines[0] as string}`, ...pageLines.slice(1));
    } else if (at >= firstHeading.page) {
      review.push(
        `page ${numbering.pageOf(at)} has no body text and no page number, so no line opens it in the text: the pipeline will not count it`,
      );
    }
  });
  if (skipped.length > 0) {
    review.push(
      `left out of the text, before the first heading: ${skipped.map((line) => JSON.stringify(line)).join(', ')}`,
    );
  }
  return {
    text: `${lines.join('\n\n')}\n`,
    metadataYaml: metadataYaml(layout, options, numbering, review),
  };
}

interface Numbering {
  /** The page number the pipeline will give the page at this position. */
  pageOf(at: number): number;
  /** Whether the page opens with its printed number and the running header. */
  opensWithNumber(at: number): boolean;
}

/**
 * The pipeline numbers pages by index + one offset, learnt from the pages that open with a number
 * and the running header; a page whose number disagrees with the others is opened without it.
 */
function pageNumbering(layout: EssayLayout, review: string[]): Numbering {
  const header = layout.runningHeader;
  const numbered = layout.pages.flatMap((page, at) =>
    page.printedNumber !== null && header !== null && page.runningHeader === header
      ? [{ at, offset: page.printedNumber - at }]
      : [],
  );
  const offset = numbered[0]?.offset ?? 1;
  for (const { at, offset: other } of numbered) {
    if (other !== offset) {
      review.push(
        `page ${at + 1} prints ${at + other}, which disagrees with the other page numbers; it is not used`,
      );
    }
  }
  if (numbered.length === 0) {
    const labels = layout.pages.map((page) => page.label).filter((label) => label !== null);
    review.push(
      `no page prints both a number and the running header, so the pipeline numbers pages from 1${labels.length > 0 ? ` (the PDF labels them ${labels[0]}…${labels.at(-1)})` : ''}`,
    );
  }
  const opens = new Set(numbered.filter((page) => page.offset === offset).map((page) => page.at));
  return { pageOf: (at) => at + offset, opensWithNumber: (at) => opens.has(at) };
}

function firstHeadingAt(layout: EssayLayout): { page: number; block: number } {
  for (const [page, { blocks }] of layout.pages.entries()) {
    const block = blocks.findIndex((candidate) => candidate.kind === 'heading');
    if (block >= 0) return { page, block };
  }
  return { page: 0, block: 0 };
}

function continuesOnNextPage(next: PageLayout | undefined): boolean {
  const first = next?.blocks[0];
  return first !== undefined && 'continued' in first && first.continued;
}

function blockText(block: LayoutBlock): string[] {
  if (block.kind === 'heading' || block.kind === 'title') return [block.text];
  if (block.kind === 'table') return [block.caption];
  return [block.lines.join(' ')];
}

function rawLines(
  block: LayoutBlock,
  continues: boolean,
  review: string[],
  page: number,
): string[] {
  switch (block.kind) {
    case 'title':
      return [];
    case 'heading':
      return [block.text];
    case 'paragraph':
      return running(block.lines, block.continued ? '' : '\t ', continues);
    case 'list-item': {
      if (block.continued) return running(block.lines, '', continues);
      const marker = pipelineMarker(block.marker);
      if (marker === null) {
        review.push(
          `page ${page}: list marker "${block.marker}" is not one the pipeline reads; the item became a paragraph`,
        );
      }
      return running(
        block.lines,
        marker === null ? `\t ${block.marker} ` : `${marker}\t `,
        continues,
      );
    }
    case 'table':
      return [
        block.caption,
        block.columns.join(' '),
        ...block.rows.flatMap((row) => [
          ...(row.label === '' ? [] : [row.label]),
          ...row.cells.flat(),
        ]),
      ];
  }
}

/** Running lines end in one space; a hyphen ends a line as printed; the last line ends bare. */
function running(lines: readonly string[], opening: string, continues: boolean): string[] {
  return lines.map((line, at) => {
    const last = at === lines.length - 1 && !continues;
    const text = at === 0 ? `${opening}${line}` : line;
    return last || line.endsWith('-') ? text : `${text} `;
  });
}

function pipelineMarker(printed: string): string | null {
  const numbered = /^(\d{1,2})[.)]$/.exec(printed);
  return numbered ? (numbered[1] as string) : (PIPELINE_MARKER[printed] ?? null);
}

function metadataYaml(
  layout: EssayLayout,
  options: DraftOptions,
  numbering: Numbering,
  review: string[],
): string {
  const out: string[] = [
    `# DRAFT, to review: read from ${options.pdfName ?? 'the PDF'} by its layout (font sizes, weights,`,
    '# positions). Check every value against the PDF; ingestion trusts this file once reviewed.',
    `source: ${scalar(`${options.slug}.txt`)}`,
  ];
  if (layout.runningHeader === null) {
    out.push(
      '# FILL IN: no running header repeats on most pages; copy the one the text file shows.',
      'runningHeader:',
    );
  } else {
    out.push(`runningHeader: ${scalar(layout.runningHeader)}`);
  }
  out.push('documents:', '  - label: Essay', `    slug: ${scalar(options.slug)}`);
  if (options.includeTitle) {
    out.push(
      layout.title === null
        ? '    # FILL IN: no title is larger than the headings on page 1.\n    title:'
        : `    title: ${scalar(layout.title)}`,
    );
  }
  out.push(
    '    # One section per heading (the pipeline has one level); the comment gives the printed level.',
    '    headings:',
  );
  for (const block of layout.pages.flatMap((page) => page.blocks)) {
    if (block.kind === 'heading') out.push(`      - ${scalar(block.text)} # level ${block.level}`);
  }
  out.push(
    '# FILL IN: words that keep their hyphen at a line end (hbo-); the PDF cannot tell them apart.',
    'keepHyphenAfter: []',
  );
  out.push(...footnotesYaml(layout, numbering, review));
  out.push(...tablesYaml(layout));
  const header = review.map((line) => `# REVIEW: ${line}`);
  return `${[...out.slice(0, 2), ...header, ...out.slice(2)].join('\n')}\n`;
}

function footnotesYaml(layout: EssayLayout, numbering: Numbering, review: string[]): string[] {
  const markers = layout.pages.flatMap((page) => page.footnoteMarkers);
  const notes = layout.pages.flatMap((page, at) =>
    page.footnotes.map((note) => ({ ...note, page: numbering.pageOf(at) })),
  );
  if (markers.length === 0 && notes.length === 0) return [];
  const numbers = [...markers, ...notes.map((note) => note.number)];
  const first = Math.min(...numbers);
  const last = Math.max(...numbers);
  const noted = new Set(notes.map((note) => note.number));
  const marked = new Set(markers);
  for (let number = first; number <= last; number++) {
    if (!marked.has(number)) review.push(`footnote ${number}: no marker found in the text`);
    if (!noted.has(number)) review.push(`footnote ${number}: no note text found at a page foot`);
  }
  return [
    'footnotes:',
    `  first: ${first}`,
    `  last: ${last}`,
    '  notes:',
    ...notes.flatMap((note) => [
      `    - number: ${note.number}`,
      `      page: ${note.page}`,
      `      text: ${scalar(note.text)}`,
    ]),
  ];
}

function tablesYaml(layout: EssayLayout): string[] {
  const tables = layout.pages.flatMap((page) =>
    page.blocks.filter((block) => block.kind === 'table'),
  );
  if (tables.length === 0) return [];
  const out = ['tables:'];
  for (const table of tables) {
    const themes = table.columns.map(slugify);
    out.push(
      `  - caption: ${scalar(table.caption)}`,
      '    kind: instrument-matrix',
      '    # Theme slugs drafted from the printed column names: check them against the graph’s themes.',
      '    columns:',
      ...table.columns.map(
        (printed, at) => `      - { printed: ${scalar(printed)}, theme: ${themes[at]} }`,
      ),
      '    rows:',
    );
    for (const row of table.rows) {
      const horizon = /\bkort/i.test(row.label)
        ? 'SHORT'
        : /\blang/i.test(row.label)
          ? 'LONG'
          : null;
      out.push(
        `      - printed: ${scalar(row.label)}`,
        horizon === null
          ? '        # FILL IN: SHORT or LONG; the label names no short ("kort") or long ("lang") horizon.\n        horizon:'
          : `        horizon: ${horizon} # drafted from the label`,
        '        cells:',
      );
      row.cells.forEach((cells, at) => {
        if (cells.length === 0) return;
        out.push(
          `          ${themes[at]}:`,
          ...cells.map((cell) => `            - ${scalar(cell)}`),
        );
      });
    }
  }
  return out;
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}
