/**
 * The layout rules on hand-built text runs: each test builds the few runs that show one signal, so
 * a failure names the rule that broke.
 */
import { describe, expect, it } from 'vitest';
import { analyseLayout } from '../../seed/pdf/layout-analysis.js';
import { bodyFontSize, toLines } from '../../seed/pdf/layout-lines.js';
import { findFurniture } from '../../seed/pdf/page-furniture.js';
import type { PdfPage, TextRun } from '../../seed/pdf/read-pdf.js';

const A4 = { width: 595, height: 842 };
const LEFT = 72;

/** A run whose width is half an em per character: close enough for the gap rules. */
function run(
  text: string,
  x: number,
  y: number,
  { size = 10, font = 'Times-Roman' }: { size?: number; font?: string } = {},
): TextRun {
  return {
    text,
    x,
    y,
    width: text.length * size * 0.5,
    fontSize: size,
    fontName: font,
    bold: font.includes('Bold'),
    italic: font.includes('Italic'),
  };
}

/** Runs laid out left to right from `x`, each `gap` points after the previous one ends. */
function after(previous: TextRun, text: string, gap: number, options?: Parameters<typeof run>[3]) {
  return run(text, previous.x + previous.width + gap, previous.y, options);
}

function page(index: number, runs: TextRun[], label: string | null = null): PdfPage {
  return { index, label, ...A4, runs };
}

/** A full-width body line of filler text at baseline `y`. */
function bodyLine(
  y: number,
  text = 'regionale arbeidsmarkt en de samenwerking tussen gemeenten in de regio',
  x = LEFT,
) {
  return run(text, x, y);
}

describe('toLines', () => {
  it('joins runs on one baseline left to right, with a space only where the gap is a space wide', () => {
    const first = run('arbeids', LEFT, 100);
    const glued = after(first, 'markt', 0.2);
    const spaced = after(glued, 'regio', 3);
    const lines = toLines([spaced, glued, first, run('volgende regel', LEFT, 114)]);
    expect(lines.map((line) => line.text)).toEqual(['arbeidsmarkt regio', 'volgende regel']);
  });

  it('glues superscript digits to the word before them and lists them as footnote markers', () => {
    const word = run('gebleven.', LEFT, 100);
    const marker = after(word, '3', 0, { size: 6 });
    const raised = { ...marker, y: 96.5 };
    const rest = after(raised, 'In Groningen', 2.5);
    const [line] = toLines([word, raised, { ...rest, y: 100 }]);
    expect(line?.text).toBe('gebleven.3 In Groningen');
    expect(line?.footnoteMarkers).toEqual([3]);
  });

  it('keeps digits on the baseline as text, even in a smaller font', () => {
    const word = run('in', LEFT, 100);
    const [line] = toLines([word, after(word, '2015', 2.5, { size: 8 })]);
    expect(line?.text).toBe('in 2015');
    expect(line?.footnoteMarkers).toEqual([]);
  });

  it('attaches a marker raised beyond the baseline tolerance to the line it touches', () => {
    const word = run('werkt.', LEFT, 100, { size: 12 });
    const marker = { ...after(word, '4', 0, { size: 6 }), y: 93 };
    const lines = toLines([word, marker]);
    expect(lines.map((line) => [line.text, line.footnoteMarkers])).toEqual([['werkt.4', [4]]]);
  });
});

describe('bodyFontSize', () => {
  it('is the size most characters are printed in, not the size of most runs', () => {
    const runs = [
      run('Kop', LEFT, 50, { size: 14 }),
      run('Kop', LEFT, 70, { size: 14 }),
      bodyLine(90),
    ];
    expect(bodyFontSize(runs)).toBe(10);
  });
});

describe('findFurniture', () => {
  const pages = [7, 8, 9, 10].map((number, at) => ({
    index: at + 1,
    label: null,
    height: A4.height,
    lines: toLines([
      ...(at === 0 ? [] : [run('Werk in de regio', LEFT, 50, { size: 9 })]),
      run(String(number), 290, 800, { size: 9 }),
      bodyLine(300),
    ]),
  }));

  it('finds the running header most pages print and the page numbers that follow the page count', () => {
    const furniture = findFurniture(pages);
    expect(furniture.runningHeader).toBe('Werk in de regio');
    expect(furniture.pages.map((page) => [page.printedNumber, page.runningHeader])).toEqual([
      [7, null],
      [8, 'Werk in de regio'],
      [9, 'Werk in de regio'],
      [10, 'Werk in de regio'],
    ]);
    expect(furniture.warnings).toEqual([]);
  });

  it('rejects a lone number that disagrees with the count, and says so', () => {
    const misprinted = pages.map((candidate, at) =>
      at === 2
        ? { ...candidate, lines: toLines([run('12', 290, 800, { size: 9 }), bodyLine(300)]) }
        : candidate,
    );
    const furniture = findFurniture(misprinted);
    expect(furniture.pages.map((page) => page.printedNumber)).toEqual([7, 8, null, 10]);
    expect(furniture.warnings).toEqual([
      'page 3: "12" in the bottom band is not the page number (expected 9)',
    ]);
  });

  it('checks printed numbers against the page labels when the PDF has them', () => {
    const labelled = pages.map((candidate, at) => ({
      ...candidate,
      label: String(at === 3 ? 11 : at + 7),
    }));
    expect(findFurniture(labelled).pages.map((page) => page.printedNumber)).toEqual([
      7,
      8,
      9,
      null,
    ]);
  });

  it('does not take body text for a running header', () => {
    const furniture = findFurniture(
      pages.map((candidate) => ({
        ...candidate,
        lines: candidate.lines.filter((line) => line.y === 300),
      })),
    );
    expect(furniture.runningHeader).toBeNull();
  });
});

describe('analyseLayout on hand-built pages', () => {
  const title = run('Titel van het essay', LEFT, 100, { size: 20, font: 'Helvetica-Bold' });
  const chapter = run('Inleiding', LEFT, 140, { size: 14, font: 'Helvetica-Bold' });
  const section = run('Een paragraaf', LEFT, 130, { size: 10, font: 'Times-Bold' });
  const noted = bodyLine(160, 'Eerste alinea van het essay met een voetnoot na dit woord.');
  const firstPage = page(1, [
    title,
    chapter,
    noted,
    { ...after(noted, '1', 0, { size: 6 }), y: 156.5 },
    bodyLine(174),
    bodyLine(188, 'tweede alinea, ingesprongen, die doorloopt op de volgende pagina', LEFT + 15),
    bodyLine(202),
    run('•', LEFT + 10, 230),
    run('eerste punt van de lijst dat over twee regels', LEFT + 22, 230),
    run('doorloopt;', LEFT + 22, 244),
    run('2.', LEFT + 8, 258),
    run('tweede punt, genummerd.', LEFT + 22, 258),
    bodyLine(280, 'derde alinea, ingesprongen, die doorloopt op de volgende pagina', LEFT + 15),
    run('1', LEFT, 700, { size: 8 }),
    run('Een noot die over twee regels gaat en daarom', LEFT + 10, 700, { size: 8 }),
    run('doorloopt op de tweede regel.', LEFT + 10, 710, { size: 8 }),
  ]);
  const secondPage = page(2, [
    bodyLine(100, 'en hier eindigt de derde alinea van het essay.'),
    section,
  ]);
  const layout = analyseLayout([firstPage, secondPage]);

  it('takes the largest text on page 1 as the title, and ranks headings by size and weight', () => {
    expect(layout.title).toBe('Titel van het essay');
    const headings = layout.pages.flatMap((candidate) =>
      candidate.blocks.flatMap((block) =>
        block.kind === 'heading' ? [[block.text, block.level]] : [],
      ),
    );
    expect(headings).toEqual([
      ['Inleiding', 1],
      ['Een paragraaf', 2],
    ]);
  });

  it('splits paragraphs at an indent and carries one over a page break', () => {
    const paragraphs = layout.pages.map((candidate) =>
      candidate.blocks.flatMap((block) =>
        block.kind === 'paragraph' ? [[block.continued, block.lines.length]] : [],
      ),
    );
    expect(paragraphs).toEqual([
      [
        [false, 2],
        [false, 2],
        [false, 1],
      ],
      [[true, 1]],
    ]);
  });

  it('reads list items with their markers and continuation lines', () => {
    const items = layout.pages[0]?.blocks.flatMap((block) =>
      block.kind === 'list-item' ? [[block.marker, block.lines]] : [],
    );
    expect(items).toEqual([
      ['•', ['eerste punt van de lijst dat over twee regels', 'doorloopt;']],
      ['2.', ['tweede punt, genummerd.']],
    ]);
  });

  it('keeps the note at the foot of the page, its lines joined, and the marker in the body', () => {
    expect(layout.pages[0]?.footnoteMarkers).toEqual([1]);
    expect(layout.pages[0]?.footnotes).toEqual([
      {
        number: 1,
        text: 'Een noot die over twee regels gaat en daarom doorloopt op de tweede regel.',
      },
    ]);
  });
});

describe('an essay that opens without a title', () => {
  it('keeps the largest text on page 1 a heading when later pages print headings as large', () => {
    const heading = (text: string, y: number) =>
      run(text, LEFT, y, { size: 14, font: 'Helvetica-Bold' });
    const layout = analyseLayout([
      page(1, [heading('Inleiding', 60), bodyLine(80)]),
      page(2, [heading('Slot', 60), bodyLine(80)]),
    ]);
    expect(layout.title).toBeNull();
    expect(layout.pages.map((candidate) => candidate.blocks[0])).toEqual([
      { kind: 'heading', text: 'Inleiding', level: 1 },
      { kind: 'heading', text: 'Slot', level: 1 },
    ]);
  });
});

describe('paragraphs set without indentation', () => {
  const layout = analyseLayout([
    page(1, [
      run('Kop', LEFT, 60, { size: 14, font: 'Helvetica-Bold' }),
      bodyLine(80),
      bodyLine(94, 'Een korte slotregel.'),
      bodyLine(108, 'Een nieuwe alinea die de hele breedte van de kolom vult met tekst tot'),
      bodyLine(122, 'het einde, en dan een regel die kort eindigt.'),
      bodyLine(136),
      bodyLine(150, 'kort maar zonder punt aan het einde'),
    ]),
    page(2, [bodyLine(100, 'Na een korte slotregel met punt begint hier een nieuwe alinea.')]),
  ]);

  it('ends a paragraph after a short sentence-final line before a capital; else it runs on, over a page too', () => {
    const paragraphs = layout.pages.map((candidate) =>
      candidate.blocks.flatMap((block) =>
        block.kind === 'paragraph' ? [[block.continued, block.lines.length]] : [],
      ),
    );
    expect(paragraphs).toEqual([
      [
        [false, 2],
        [false, 4],
      ],
      [[true, 1]],
    ]);
  });
});

describe('tables on hand-built runs', () => {
  const cell = (text: string, x: number, y: number) => run(text, x, y, { size: 8 });
  const layout = analyseLayout([
    page(1, [
      run('Kop', LEFT, 60, { size: 14, font: 'Helvetica-Bold' }),
      bodyLine(80),
      run('Tabel 2  Instrumenten', LEFT, 100),
      cell('Inclusiviteit', 160, 118),
      cell('Weerbaarheid', 260, 118),
      cell('Korte', LEFT, 132),
      cell('termijn', LEFT, 141),
      cell('Loonsubsidies', 160, 132),
      cell('Sectoraal en', 260, 132),
      cell('ruimtelijk beleid', 260, 141),
      cell('Stages', 160, 144),
      cell('Lange termijn', LEFT, 162),
      cell('Quotumregeling', 160, 162),
      bodyLine(190),
    ]),
  ]);

  it('clusters the block under a caption into columns, rows and cells that may span lines', () => {
    const table = layout.pages[0]?.blocks.find((block) => block.kind === 'table');
    expect(table).toEqual({
      kind: 'table',
      caption: 'Tabel 2 Instrumenten',
      columns: ['Inclusiviteit', 'Weerbaarheid'],
      rows: [
        {
          label: 'Korte termijn',
          cells: [['Loonsubsidies', 'Stages'], ['Sectoraal en ruimtelijk beleid']],
        },
        { label: 'Lange termijn', cells: [['Quotumregeling'], []] },
      ],
    });
  });

  it('goes back to body text after the table (the largest text on page 1 is the title)', () => {
    const kinds = layout.pages[0]?.blocks.map((block) => block.kind);
    expect(kinds).toEqual(['title', 'paragraph', 'table', 'paragraph']);
  });
});
