/**
 * The draft `<slug>.meta.yaml` a reviewer completes: everything drafted comes from the PDF's
 * layout; what the layout cannot tell is left as a YAML comment saying what to fill in (FILL IN), and
 * what looked wrong is listed at the top (REVIEW). Pure.
 */
import { stringify } from 'yaml';
import { slugify } from '../pipeline/essay-graph.js';
import type { EssayLayout } from './layout-analysis.js';

export interface DraftOptions {
  /** The essay's slug: names the document and the text file. */
  readonly slug: string;
  /** Write the detected title into the metadata (for an essay the catalogue does not define). */
  readonly includeTitle?: boolean;
  /** The PDF's file name, for the header comment. */
  readonly pdfName?: string;
  /** Theme slugs the graph knows (the lexicon's), to match table columns against. */
  readonly knownThemes?: readonly string[];
}

/**
 * The draft `<slug>.meta.yaml` for a layout whose text was drafted with page numbers `pageOf`;
 * `review` lists what the text draft could not settle. The file parses with `parseEssayMetadata`
 * unless a value is left for the reviewer to fill in (a horizon, a running header, a title).
 */
export function draftMetadata(
  layout: EssayLayout,
  options: DraftOptions,
  pageOf: (at: number) => number,
  textReview: readonly string[],
): string {
  const review = [...textReview];
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
  out.push(...footnotesYaml(layout, pageOf, review));
  out.push(...tablesYaml(layout, options.knownThemes ?? []));
  const header = review.map((line) => `# REVIEW: ${line}`);
  return `${[...out.slice(0, 2), ...header, ...out.slice(2)].join('\n')}\n`;
}

function footnotesYaml(
  layout: EssayLayout,
  pageOf: (at: number) => number,
  review: string[],
): string[] {
  const markers = layout.pages.flatMap((page) => page.footnoteMarkers);
  const notes = layout.pages.flatMap((page, at) =>
    page.footnotes.map((note) => ({ ...note, page: pageOf(at) })),
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

function tablesYaml(layout: EssayLayout, knownThemes: readonly string[]): string[] {
  const tables = layout.pages.flatMap((page) =>
    page.blocks.filter((block) => block.kind === 'table'),
  );
  if (tables.length === 0) return [];
  const out = ['tables:'];
  for (const table of tables) {
    const themes = table.columns.map((printed) => themeOf(printed, knownThemes));
    out.push(
      `  - caption: ${scalar(table.caption)}`,
      '    kind: instrument-matrix',
      '    columns:',
      ...table.columns.map(
        (printed, at) =>
          `      - { printed: ${scalar(printed)}, theme: ${themes[at]?.slug} } # ${themes[at]?.how}`,
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
          `          ${themes[at]?.slug}:`,
          ...cells.map((cell) => `            - ${scalar(cell)}`),
        );
      });
    }
  }
  return out;
}

/**
 * The theme a column stands for: the one known theme whose slug is the printed name's or ends or
 * starts with it ("Hervorming" → institutionele-hervorming), else a slug of the printed name.
 */
function themeOf(printed: string, knownThemes: readonly string[]): { slug: string; how: string } {
  const drafted = slugify(printed);
  const matches = knownThemes.filter(
    (known) =>
      known === drafted || known.endsWith(`-${drafted}`) || known.startsWith(`${drafted}-`),
  );
  if (matches.length === 1) return { slug: matches[0] as string, how: 'a known theme' };
  const known = knownThemes.length === 0 ? 'no themes given' : 'matches no single known theme';
  return { slug: drafted, how: `CHECK: slug of the printed name (${known})` };
}

function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}
