/**
 * PDF ingestion against a PDF whose source is known: the fixture essay is laid out and written by
 * test/support/fixture-pdf.ts, so every page's header, number, headings, notes, list items, table
 * cells and hyphenated line ends are known, and the pipeline's passages are known too.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftEssay } from '../../seed/pdf/essay-draft.js';
import {
  analyseLayout,
  type EssayLayout,
  type PageLayout,
} from '../../seed/pdf/layout-analysis.js';
import { readPdf, type PdfPage } from '../../seed/pdf/read-pdf.js';
import { parseEssayMetadata } from '../../seed/pipeline/essay-metadata.js';
import { entrySlug, parseLexicon } from '../../seed/pipeline/lexicon.js';
import { readEssay, type EssayText } from '../../seed/pipeline/read-essay.js';
import { joinHyphenated } from '../../seed/pipeline/text-repair.js';
import { FIXTURE_ESSAY, repeatedEssay } from '../support/fixture-essay.js';
import { writeFixturePdf, type FixturePage, type FixturePdf } from '../support/fixture-pdf.js';

const SLUG = 'werk-in-de-regio';
const NO_EXCEPTIONS = { keepHyphenAfter: new Set<string>(), properNames: new Set<string>() };
const LEXICON = parseLexicon(
  readFileSync(new URL('../../seed/data/lexicon.yaml', import.meta.url), 'utf8'),
  'lexicon.yaml',
);
const KNOWN_THEMES = LEXICON.themes.map(entrySlug);

let fixture: FixturePdf;
let pages: PdfPage[];
let layout: EssayLayout;

beforeAll(async () => {
  fixture = await writeFixturePdf(FIXTURE_ESSAY);
  pages = await readPdf(fixture.bytes);
  layout = analyseLayout(pages);
});

/**
 * What the analysis found on one page, in the fixture's terms: a list item is counted on the page
 * where it starts, with the lines it continues with on the next page.
 */
function detected(page: PageLayout, next?: PageLayout): FixturePage {
  const blocks = page.blocks;
  const carried = next?.blocks[0];
  const continuation = carried?.kind === 'list-item' && carried.continued ? carried.lines : [];
  return {
    index: page.index,
    printedNumber: page.printedNumber as number,
    runningHeader: page.runningHeader,
    headings: blocks.flatMap((block) =>
      block.kind === 'heading' ? [{ text: block.text, level: block.level as 1 | 2 }] : [],
    ),
    footnoteMarkers: page.footnoteMarkers,
    footnotes: page.footnotes,
    listItems: blocks.flatMap((block, at) => {
      if (block.kind !== 'list-item' || block.continued) return [];
      const last = at === blocks.length - 1;
      return [joinLines(last ? [...block.lines, ...continuation] : block.lines)];
    }),
    tableCells: blocks.flatMap((block) =>
      block.kind === 'table'
        ? block.rows.flatMap((row) =>
            row.cells.flatMap((cells, column) =>
              cells.map((text) => ({
                column: block.columns[column] as string,
                row: row.label,
                text,
              })),
            ),
          )
        : [],
    ),
    hyphenatedLines: blocks.flatMap((block) =>
      block.kind === 'paragraph' || block.kind === 'list-item'
        ? block.lines.filter((line) => line.endsWith('-'))
        : [],
    ),
  };
}

function joinLines(lines: readonly string[]): string {
  return lines.reduce((text, line) =>
    /\p{L}-$/u.test(text) ? joinHyphenated(text, line, NO_EXCEPTIONS) : `${text} ${line}`,
  );
}

describe('readPdf', () => {
  it('returns every page with its label, and runs with the real font names and weights', () => {
    expect(pages.map((page) => page.label)).toEqual(
      fixture.pages.map((page) => String(page.printedNumber)),
    );
    const fonts = new Set(pages.flatMap((page) => page.runs.map((run) => run.fontName)));
    expect([...fonts].sort()).toEqual([
      'Helvetica',
      'Helvetica-Bold',
      'Times-Bold',
      'Times-Italic',
      'Times-Roman',
    ]);
    const heading = pages[0]?.runs.find((run) => run.text === 'Inleiding');
    expect(heading).toMatchObject({
      fontName: 'Helvetica-Bold',
      bold: true,
      italic: false,
      fontSize: 15,
    });
  });

  it('measures baselines downwards from the top of the page', () => {
    const first = pages[1]?.runs ?? [];
    const header = first.find((run) => run.text === FIXTURE_ESSAY.runningHeader);
    const number = first.find((run) => run.text === '8');
    expect(header?.y).toBeCloseTo(55, 0);
    expect(number?.y).toBeCloseTo(800, 0);
  });

  it('names an embedded subset font by its own name, without the subset tag', async () => {
    const doc = new PDFDocument({ size: 'A4', margin: 0 });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise((resolve) => doc.on('end', resolve));
    const font = new URL(
      'standard_fonts/LiberationSans-BoldItalic.ttf',
      import.meta.resolve('pdfjs-dist/package.json'),
    );
    doc.font(fileURLToPath(font)).fontSize(12).text('Ingebed', 72, 100, { lineBreak: false });
    doc.end();
    await ended;
    const [embedded] = await readPdf(new Uint8Array(Buffer.concat(chunks)));
    expect(embedded?.runs).toMatchObject([
      { text: 'Ingebed', fontName: 'LiberationSans-BoldItalic', bold: true, italic: true },
    ]);
  });

  it('reports no labels for a PDF that declares none', async () => {
    const unlabelled = await writeFixturePdf(FIXTURE_ESSAY, { pageLabels: false });
    expect((await readPdf(unlabelled.bytes)).map((page) => page.label)).toEqual(
      fixture.pages.map(() => null),
    );
  });
});

describe('analyseLayout on the fixture PDF', () => {
  it('lays the fixture out over six pages, with hyphenated line ends to find', () => {
    expect(fixture.pages).toHaveLength(6);
    expect(fixture.pages.flatMap((page) => page.hyphenatedLines).length).toBeGreaterThanOrEqual(5);
  });

  it('finds the body size, the running header and the title', () => {
    expect(layout.bodyFontSize).toBe(12);
    expect(layout.runningHeader).toBe(FIXTURE_ESSAY.runningHeader);
    expect(layout.title).toBe(FIXTURE_ESSAY.title);
    expect(layout.warnings).toEqual([]);
  });

  it.each([1, 2, 3, 4, 5, 6])('detects what page %i prints', (index) => {
    expect(detected(layout.pages[index - 1] as PageLayout, layout.pages[index])).toEqual(
      fixture.pages[index - 1],
    );
  });

  it('reports detection accuracy per category: everything found, no false positives', () => {
    const categories = accuracy(fixture.pages, layout.pages);
    console.table(categories);
    for (const row of categories) {
      expect(row, row.category).toMatchObject({ found: row.expected, falsePositives: 0 });
    }
  });
});

type Keyed = (page: FixturePage) => readonly string[];

const CATEGORIES: Record<string, Keyed> = {
  'running headers': (page) => (page.runningHeader === null ? [] : [page.runningHeader]),
  'page numbers': (page) => [String(page.printedNumber)],
  headings: (page) => page.headings.map((heading) => `${heading.level} ${heading.text}`),
  'footnote markers': (page) => page.footnoteMarkers.map(String),
  'footnote texts': (page) => page.footnotes.map((note) => `${note.number} ${note.text}`),
  'list items': (page) => page.listItems,
  'table cells': (page) => page.tableCells.map((cell) => `${cell.column}/${cell.row}/${cell.text}`),
  'hyphenated line ends': (page) => page.hyphenatedLines,
};

/** Found = expected items detected on their own page; false positives = detected, not expected. */
function accuracy(expectedPages: readonly FixturePage[], found: readonly PageLayout[]) {
  return Object.entries(CATEGORIES).map(([category, keys]) => {
    let expected = 0;
    let hits = 0;
    let falsePositives = 0;
    expectedPages.forEach((page, at) => {
      const want = keys(page);
      const got = keys(detected(found[at] as PageLayout, found[at + 1]));
      expected += want.length;
      hits += want.filter((key) => got.includes(key)).length;
      falsePositives += got.filter((key) => !want.includes(key)).length;
    });
    return { category, expected, found: hits, falsePositives };
  });
}

describe('the draft, read by the unchanged pipeline', () => {
  let draft: { text: string; metadataYaml: string };
  let essay: EssayText;

  beforeAll(() => {
    draft = draftEssay(layout, {
      slug: SLUG,
      includeTitle: true,
      pdfName: `${SLUG}.pdf`,
      knownThemes: KNOWN_THEMES,
    });
    essay = readEssay(draft.text, parseEssayMetadata(draft.metadataYaml, `${SLUG}.meta.yaml`), {
      properNames: new Set(['Randstad', 'Groningen']),
    });
  });

  it('gives the source’s paragraphs and list items as passages: same text, pages and footnotes', () => {
    const passages = essay.documents.flatMap((document) =>
      document.sections.flatMap((section) =>
        section.passages.map((passage) => ({
          section: section.heading,
          kind: passage.kind,
          text: passage.text,
          footnotes: passage.footnotes,
          pages: passage.pages.map((start) => start.page),
        })),
      ),
    );
    expect(passages).toEqual(fixture.passages);
  });

  it('gives the essay its title, and every heading as a section on its printed page', () => {
    const [document] = essay.documents;
    expect(document?.title).toBe(FIXTURE_ESSAY.title);
    const expected = fixture.pages.flatMap((page) =>
      page.headings.map((heading) => [heading.text, page.printedNumber]),
    );
    expect(document?.sections.map((section) => [section.heading, section.page])).toEqual(expected);
  });

  it('gives the table’s cells with the lexicon’s themes and the horizons, on the table’s page', () => {
    const tablePage = fixture.pages.find((page) => page.tableCells.length > 0) as FixturePage;
    const [table] = essay.tables;
    expect(table?.page).toBe(tablePage.printedNumber);
    const themes: Record<string, string> = {
      Inclusiviteit: 'inclusiviteit',
      Weerbaarheid: 'weerbaarheid',
      Hervorming: 'institutionele-hervorming',
    };
    expect(table?.cells).toEqual(
      tablePage.tableCells.map((cell) => ({
        text: cell.text,
        theme: themes[cell.column],
        horizon: cell.row.startsWith('Korte') ? 'SHORT' : 'LONG',
      })),
    );
  });

  it('keeps the footnotes’ texts, each on the page that prints it', () => {
    const metadata = parseEssayMetadata(draft.metadataYaml, `${SLUG}.meta.yaml`);
    expect(metadata.footnotes).toEqual({
      first: 1,
      last: FIXTURE_ESSAY.notes.length,
      notes: fixture.pages.flatMap((page) =>
        page.footnotes.map((note) => ({ ...note, page: page.printedNumber })),
      ),
    });
  });

  it('marks the metadata as a draft, with each heading’s printed level and what was left out', () => {
    expect(draft.metadataYaml).toMatch(/^# DRAFT, to review/);
    for (const heading of fixture.pages.flatMap((page) => page.headings)) {
      expect(draft.metadataYaml).toContain(`- ${heading.text} # level ${heading.level}\n`);
    }
    expect(draft.metadataYaml).toContain(
      `# REVIEW: left out of the text, before the first heading: "${FIXTURE_ESSAY.authors}"`,
    );
  });
});

describe('a 20-page PDF', () => {
  it('reads and drafts end to end; the time is reported, not asserted', async () => {
    const source = repeatedEssay(4);
    const long = await writeFixturePdf(source);
    const started = performance.now();
    const longLayout = analyseLayout(await readPdf(long.bytes));
    const read = performance.now();
    const draft = draftEssay(longLayout, { slug: SLUG, includeTitle: true });
    const drafted = performance.now();
    console.log(
      `${long.pages.length} pages: read ${Math.round(read - started)} ms (pdf.js + layout analysis), draft ${Math.round(drafted - read)} ms`,
    );
    expect(long.pages.length).toBeGreaterThanOrEqual(20);
    const essay = readEssay(draft.text, parseEssayMetadata(draft.metadataYaml, 'long.meta.yaml'));
    const passages = essay.documents.flatMap((document) =>
      document.sections.flatMap((section) => section.passages.map((passage) => passage.text)),
    );
    expect(passages).toEqual(long.passages.map((passage) => passage.text));
  });
});
