import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEssayMetadata } from '../../seed/pipeline/essay-metadata.js';
import { LayoutError } from '../../seed/pipeline/page-layout.js';
import { readEssay } from '../../seed/pipeline/read-essay.js';
import { ESSAY_METADATA, RAW_ESSAY, readSeedEssay } from '../support/seed-corpus.js';

const FIXTURE = new URL('../fixtures/second-essay/', import.meta.url);
const FIXTURE_TEXT = readFileSync(new URL('proefessay-regionale-veerkracht.txt', FIXTURE), 'utf8');
const FIXTURE_METADATA = parseEssayMetadata(
  readFileSync(new URL('proefessay-regionale-veerkracht.meta.yaml', FIXTURE), 'utf8'),
  'proefessay-regionale-veerkracht.meta.yaml',
);

const METADATA_TEXT = readFileSync(
  new URL('../../seed/corpus/bouwstenen-voor-de-regionale-arbeidsmarkt.meta.yaml', import.meta.url),
  'utf8',
);

describe('readEssay (the seed essay)', () => {
  const essay = readSeedEssay();
  const [preface, body] = essay.documents;
  const passages = essay.documents.flatMap((document) =>
    document.sections.flatMap((section) => section.passages),
  );
  const allText = passages.map((passage) => passage.text).join('\n');

  it('splits the file into the preface and the essay, with the essay’s six headed sections', () => {
    expect(preface?.sections.map((section) => [section.heading, section.page])).toEqual([
      ['Voorwoord', 4],
    ]);
    expect(body?.sections.map((section) => [section.heading, section.page])).toEqual([
      ['Inleiding', 7],
      ['Twee gezichten', 10],
      ['Kijkrichting', 12],
      ['Focus op de (stads)regio', 14],
      ['Tekortkomingen in regionaal beleid', 17],
      [
        'Opgaven voor regionaal bestuur: inclusiviteit, weerbaarheid en institutionele hervorming',
        19,
      ],
    ]);
  });

  it('makes paragraphs and list items the passages, 13 in the preface and 44 in the essay', () => {
    const count = (index: number) =>
      essay.documents[index]?.sections.reduce((sum, section) => sum + section.passages.length, 0);
    expect([count(0), count(1)]).toEqual([13, 44]);
    const list = body?.sections[4]?.passages.filter((passage) => passage.kind === 'LIST_ITEM');
    expect(list?.map((item) => [item.marker, item.text.slice(0, 30)])).toEqual([
      ['1', 'Er ontbreken verbindingen tuss'],
      ['2', 'De regionale structuur waarbin'],
      ['3', 'De verschillen in belangen en '],
    ]);
  });

  it('rejoins words broken across lines and keeps real hyphens', () => {
    for (const kept of [
      'hbo-niveau',
      'mbo-niveau 2 en 3',
      'EU-landen',
      'ICT-ontwikkelingen',
      'RIS3-agenda’s',
      'gemeente- of participatiebudget',
      'schadelast- en compensatieperspectief',
      'Randstad-regio’s',
      'agglomeratie-effecten',
    ]) {
      expect(allText).toContain(kept);
    }
    for (const joined of [
      'onderzoeksprogramma',
      'sleutelonderzoekers',
      'beroepsbevolking',
      'Werklozen',
      'gemeentelijke',
    ]) {
      expect(allText).toContain(joined);
    }
    // A hyphen before a space survives only before a conjunction, and where the essay prints one
    // as a dash inside a line ("welvaartsgroei- zich").
    const danglingHyphens = [...allText.matchAll(/\p{L}+- (?!en |of )\p{L}+/gu)].map(
      (match) => match[0],
    );
    expect(danglingHyphens).toEqual(['welvaartsgroei- zich']);
  });

  it('removes footnote numbers 2..48 from the text and records them on their passages', () => {
    const footnotes = passages.flatMap((passage) => passage.footnotes);
    expect(footnotes[0]).toBe(2);
    expect(footnotes.at(-1)).toBe(48);
    // The extraction prints note 7 as a second 6.
    expect(footnotes).toEqual([
      2,
      3,
      4,
      5,
      6,
      6,
      ...Array.from({ length: 41 }, (_, index) => index + 8),
    ]);
    // The text dump does not keep the notes' texts, so no passage has any.
    expect(passages.flatMap((passage) => passage.notes)).toEqual([]);
    expect(allText).toContain('2,6 miljoen banen. Vooral');
    expect(allText).toContain('de zogenaamde 21st century skills. Deze');
    expect(allText).toContain('as do the larger cities in the Netherlands.”');
  });

  it('knows the page of every character of a passage that crosses a page break', () => {
    const crossing = passages.find((passage) =>
      passage.text.includes('Vooral banen op mbo-niveau'),
    );
    expect(crossing?.pages.map((start) => start.page)).toEqual([7, 8]);
    const pageEight = crossing?.pages[1];
    expect(crossing?.text.slice(pageEight?.offset)).toMatch(/^Vooral banen op mbo-niveau/);
  });

  it('reads Table 1 into 21 cells with their theme and horizon', () => {
    const [table] = essay.tables;
    expect(table?.page).toBe(22);
    expect(table?.cells).toHaveLength(21);
    const cell = (text: string) => table?.cells.find((candidate) => candidate.text === text);
    expect(cell('Job carving')).toEqual({
      text: 'Job carving',
      theme: 'inclusiviteit',
      horizon: 'LONG',
    });
    expect(cell('Sectoraal en ruimtelijk mobiliteitsbeleid')).toEqual({
      text: 'Sectoraal en ruimtelijk mobiliteitsbeleid',
      theme: 'weerbaarheid',
      horizon: 'SHORT',
    });
    expect(cell('Herziening uitvoeringsstructuur W&I, WSW en dagbesteding')?.theme).toBe(
      'institutionele-hervorming',
    );
    expect(allText).not.toContain('Quotumregeling Job carving');
  });

  it('keeps running headers, page numbers, the sidebar and the back cover out of the text', () => {
    expect(allText).not.toContain('Bouwstenen voor de regionale arbeidsmarkt economie');
    expect(allText).not.toContain('Het kabinet heeft recent');
    expect(allText).not.toContain('Om de kennis te verbinden');
  });
});

describe('readEssay on input that does not match its metadata', () => {
  it('names the heading it cannot find', () => {
    const metadata = {
      ...ESSAY_METADATA,
      documents: [{ label: 'Essay' as const, slug: 'x', headings: ['Nergens te vinden'] }],
    };
    expect(() => readEssay(RAW_ESSAY, metadata)).toThrow(
      new LayoutError('heading "Nergens te vinden" not found after line 1'),
    );
  });

  it('names the table cell that differs from the text', () => {
    const yaml = METADATA_TEXT.replace('- Job carving', '- Job sculpting');
    expect(() => readEssay(RAW_ESSAY, parseEssayMetadata(yaml, 'meta'))).toThrow(
      /table "Tabel 1 {2}Agendapunten regionaal arbeidsmarktbeleid" cell \(LONG, inclusiviteit\) should read "Job sculpting", found "Job carving"/,
    );
  });
});

describe('readEssay with the notes’ texts (as a PDF prints them)', () => {
  const given = FIXTURE_METADATA.footnotes?.notes ?? [];
  const withNotes = (notes: typeof given) => ({
    ...FIXTURE_METADATA,
    footnotes: { first: 1, last: 5, notes },
  });
  const passagesOf = (text: string, notes: typeof given) =>
    readEssay(text, withNotes(notes)).documents.flatMap((document) =>
      document.sections.flatMap((section) => section.passages),
    );

  it('gives each passage the notes its markers cite, in order, with their pages and texts', () => {
    expect(given.map((note) => note.number)).toEqual([1, 2, 3, 4, 5]);
    const passages = passagesOf(FIXTURE_TEXT, given);
    expect(passages.map((passage) => passage.footnotes)).toEqual([[1, 2], [3], [4], [5]]);
    expect(passages.map((passage) => passage.notes)).toEqual([
      [given[0], given[1]],
      [given[2]],
      [given[3]],
      [given[4]],
    ]);
    // Note 3 is cited after the page break inside its passage, and printed on that page.
    expect(passages[1]?.pages.map((start) => start.page)).toEqual([1, 2]);
    expect(passages[1]?.notes[0]?.page).toBe(2);
  });

  it('refuses a marker without its note', () => {
    const notes = given.filter((note) => note.number !== 4);
    expect(() => passagesOf(FIXTURE_TEXT, notes)).toThrow(
      new LayoutError('footnote 4 is cited in the text but has no note text'),
    );
  });

  it('refuses a note that two markers cite, or none', () => {
    // The sequence accepts a repeated number (the text dump sometimes prints one twice).
    const repeated = FIXTURE_TEXT.replace('studenten.4', 'studenten.3');
    expect(repeated).not.toBe(FIXTURE_TEXT);
    expect(() => passagesOf(repeated, given)).toThrow(
      new LayoutError('note 3 should be cited by one marker in the text; found 2'),
    );
    // The sequence lets a number be skipped (an extraction may lose one).
    const skipped = FIXTURE_TEXT.replace('studenten.4', 'studenten.');
    expect(() => passagesOf(skipped, given)).toThrow(
      new LayoutError('note 4 should be cited by one marker in the text; found 0'),
    );
  });

  it('refuses a note outside the footnotes’ range, and a number given twice', () => {
    const extra = { number: 6, page: 3, text: 'Een noot zonder verwijzing.' };
    expect(() => passagesOf(FIXTURE_TEXT, [...given, extra])).toThrow(
      new LayoutError('note 6 lies outside the footnotes’ range 1..5'),
    );
    expect(() => passagesOf(FIXTURE_TEXT, [...given, given[1]!])).toThrow(
      new LayoutError('note 2 is given twice; each number has one text'),
    );
  });
});
