/**
 * The draft written from a hand-built layout: the raw text in the seed corpus's conventions, which
 * the unchanged pipeline must read back, and a metadata draft that says what the reviewer must do.
 */
import { describe, expect, it } from 'vitest';
import { draftEssay } from '../../seed/pdf/essay-draft.js';
import type { EssayLayout, LayoutBlock, PageLayout } from '../../seed/pdf/layout-analysis.js';
import { parseEssayMetadata } from '../../seed/pipeline/essay-metadata.js';
import { readEssay } from '../../seed/pipeline/read-essay.js';

const HEADER = 'Proef voor de ingestie';

function page(index: number, blocks: LayoutBlock[], extra: Partial<PageLayout> = {}): PageLayout {
  return {
    index,
    label: null,
    printedNumber: index + 2,
    runningHeader: index === 1 ? null : HEADER,
    blocks,
    footnoteMarkers: [],
    footnotes: [],
    ...extra,
  };
}

const LAYOUT: EssayLayout = {
  bodyFontSize: 10,
  runningHeader: HEADER,
  title: 'Een proef',
  warnings: [],
  pages: [
    page(
      1,
      [
        { kind: 'title', text: 'Een proef' },
        { kind: 'paragraph', continued: false, lines: ['Door A. Auteur'] },
        { kind: 'heading', text: 'Inleiding', level: 1 },
        {
          kind: 'paragraph',
          continued: false,
          lines: ['Gemeenten werken samen op de regionale arbeids-', 'markt, zoals de evaluatie.1'],
        },
        { kind: 'list-item', continued: false, marker: '1.', lines: ['een eerste punt;'] },
        { kind: 'list-item', continued: false, marker: '•', lines: ['een tweede punt;'] },
        { kind: 'list-item', continued: false, marker: 'a)', lines: ['een derde punt.'] },
        { kind: 'paragraph', continued: false, lines: ['Een alinea die doorloopt op de'] },
      ],
      { footnoteMarkers: [1], footnotes: [{ number: 1, text: 'Een noot.' }] },
    ),
    page(2, [
      { kind: 'paragraph', continued: true, lines: ['volgende pagina.'] },
      { kind: 'heading', text: 'Tabel', level: 2 },
      {
        kind: 'table',
        caption: 'Tabel 1 Instrumenten',
        columns: ['Inclusiviteit', 'Weerbaarheid'],
        rows: [
          { label: 'Korte termijn', cells: [['Stages', 'Loonsubsidies'], ['Omscholing']] },
          { label: 'Ooit', cells: [['Quotum'], []] },
        ],
      },
    ]),
  ],
};

describe('draftEssay: the raw text', () => {
  const { text } = draftEssay(LAYOUT, { slug: 'een-proef' });
  const lines = text.split('\n\n');

  it('opens a page with its number and the running header, or else with a leading space', () => {
    expect(lines[0]).toBe(' Inleiding');
    const second = lines.indexOf('4');
    expect(lines.slice(second, second + 3)).toEqual(['4', HEADER, 'volgende pagina.']);
  });

  it('writes paragraphs and list items as the pipeline reads them', () => {
    expect(lines.slice(1, 7)).toEqual([
      '\t Gemeenten werken samen op de regionale arbeids-',
      'markt, zoals de evaluatie.1',
      '1\t een eerste punt;',
      '•\t een tweede punt;',
      '\t a) een derde punt.',
      // Running on to the next page: the line ends in the space of a running line.
      '\t Een alinea die doorloopt op de ',
    ]);
  });

  it('flattens a table: caption, column headings on one line, then per row its label and cells', () => {
    const caption = lines.indexOf('Tabel 1 Instrumenten');
    expect(lines.slice(caption).join('|')).toBe(
      'Tabel 1 Instrumenten|Inclusiviteit Weerbaarheid|Korte termijn|Stages|Loonsubsidies|Omscholing|Ooit|Quotum\n',
    );
  });
});

describe('draftEssay: the metadata draft', () => {
  const { text, metadataYaml } = draftEssay(LAYOUT, {
    slug: 'een-proef',
    includeTitle: true,
    pdfName: 'een-proef.pdf',
  });

  it('says it is a draft, what was left out and what the pipeline cannot read', () => {
    expect(metadataYaml.split('\n').filter((line) => line.startsWith('# REVIEW'))).toEqual([
      '# REVIEW: page 3: list marker "a)" is not one the pipeline reads; the item became a paragraph',
      '# REVIEW: left out of the text, before the first heading: "Door A. Auteur"',
    ]);
    expect(metadataYaml).toMatch(/^# DRAFT, to review: read from een-proef\.pdf/);
  });

  it('gives every heading with its printed level, and drafts themes and horizons from the table', () => {
    expect(metadataYaml).toContain('      - Inleiding # level 1\n      - Tabel # level 2\n');
    expect(metadataYaml).toContain(
      '      - { printed: Weerbaarheid, theme: weerbaarheid } # CHECK: slug of the printed name (no themes given)',
    );
    expect(metadataYaml).toContain('        horizon: SHORT # drafted from the label');
  });

  it('matches a column to the one known theme its printed name ends a slug of', () => {
    const matched = draftEssay(
      {
        ...LAYOUT,
        pages: LAYOUT.pages.map((candidate) => ({
          ...candidate,
          blocks: candidate.blocks.map((block) =>
            block.kind === 'table' ? { ...block, columns: ['Inclusiviteit', 'Hervorming'] } : block,
          ),
        })),
      },
      { slug: 'een-proef', knownThemes: ['inclusiviteit', 'institutionele-hervorming'] },
    ).metadataYaml;
    expect(matched).toContain(
      '      - { printed: Hervorming, theme: institutionele-hervorming } # a known theme\n',
    );
    expect(matched).toContain('          institutionele-hervorming:\n            - Omscholing\n');
  });

  it('leaves a horizon it cannot draft empty, with a comment, so the file fails until reviewed', () => {
    expect(metadataYaml).toContain(
      '        # FILL IN: SHORT or LONG; the label names no short ("kort") or long ("lang") horizon.\n        horizon:\n',
    );
    expect(() => parseEssayMetadata(metadataYaml, 'een-proef.meta.yaml')).toThrow(/horizon/);
  });

  it('is read back by the pipeline once the reviewer fills the horizon in', () => {
    const reviewed = metadataYaml.replace(/horizon:\n/, 'horizon: LONG\n');
    const essay = readEssay(text, parseEssayMetadata(reviewed, 'een-proef.meta.yaml'));
    const [section, tableSection] = essay.documents[0]?.sections ?? [];
    expect(essay.documents[0]?.title).toBe('Een proef');
    expect(
      section?.passages.map((passage) => [passage.kind, passage.text, passage.footnotes]),
    ).toEqual([
      [
        'PARAGRAPH',
        'Gemeenten werken samen op de regionale arbeidsmarkt, zoals de evaluatie.',
        [1],
      ],
      ['LIST_ITEM', 'een eerste punt;', []],
      ['LIST_ITEM', 'een tweede punt;', []],
      ['PARAGRAPH', 'a) een derde punt.', []],
      ['PARAGRAPH', 'Een alinea die doorloopt op de volgende pagina.', []],
    ]);
    expect(section?.passages.at(-1)?.pages).toEqual([
      { offset: 0, page: 3 },
      { offset: 31, page: 4 },
    ]);
    expect(tableSection?.page).toBe(4);
    expect(essay.tables[0]?.cells.map((cell) => cell.text)).toEqual([
      'Stages',
      'Loonsubsidies',
      'Omscholing',
      'Quotum',
    ]);
  });

  it('asks for what the layout does not show: a running header, a note text', () => {
    const bare = draftEssay(
      {
        ...LAYOUT,
        runningHeader: null,
        pages: LAYOUT.pages.map((candidate) => ({
          ...candidate,
          footnotes: [],
          runningHeader: null,
        })),
      },
      { slug: 'een-proef' },
    ).metadataYaml;
    expect(bare).toContain('# FILL IN: no running header repeats on most pages');
    expect(bare).toContain('# REVIEW: footnote 1: no note text found at a page foot');
    expect(bare).toContain('# REVIEW: no page prints both a number and the running header');
  });
});
