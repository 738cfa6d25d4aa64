/**
 * The curated seed data is true to the corpus: every quote a verbatim substring of the cleaned
 * passage that holds it, every linked entity defined, every concept and figure accounted for.
 */
import { describe, expect, it } from 'vitest';
import { parseFindings } from '../../seed/pipeline/findings.js';
import { parseLexicon } from '../../seed/pipeline/lexicon.js';
import { buildGraph, readInputs } from '../../seed/seed-graph.js';

const inputs = await readInputs();
const graph = buildGraph(inputs);
const lexicon = parseLexicon(inputs.lexicon.text, inputs.lexicon.name);
const findings = parseFindings(inputs.findings.text, inputs.findings.name);
const nodes = (label: Parameters<typeof graph.nodes.get>[0]) => graph.nodes.get(label) ?? [];
const relationships = (type: string) => graph.relationships.filter((group) => group.type === type);
const passageText = new Map(
  nodes('Passage').map((row) => [row.slug, row.properties['text'] as string]),
);

describe('curated findings', () => {
  it('each quote is a verbatim substring of the passage it is stated in, on the stated page', () => {
    const stated = relationships('STATED_IN').flatMap((group) => group.rows);
    expect(stated).toHaveLength(findings.length);
    for (const row of stated) {
      const finding = findings.find((candidate) => candidate.slug === row.from);
      expect(passageText.get(row.to)).toContain(row.properties['quote']);
      expect(row.properties['quote']).toBe(finding?.quote);
      expect(row.properties['page']).toBe(finding?.page);
    }
  });

  it('are at least 40, of every kind, and cover every section of the essay and the preface', () => {
    expect(findings.length).toBeGreaterThanOrEqual(40);
    expect(new Set(findings.map((finding) => finding.kind))).toEqual(
      new Set(['CLAIM', 'RECOMMENDATION', 'DEFINITION', 'STATISTIC']),
    );
    const sectionOf = new Map(nodes('Passage').map((row) => [row.slug, row.properties['section']]));
    const covered = new Set(
      relationships('STATED_IN').flatMap((group) => group.rows.map((row) => sectionOf.get(row.to))),
    );
    expect(covered).toEqual(new Set(nodes('Section').map((row) => row.properties['title'])));
  });

  it('record every figure the essay reports as a statistic with value, unit and period', () => {
    const statistics = findings.filter((finding) => finding.kind === 'STATISTIC');
    const printed: [number, string][] = [
      [600000, '600.000'],
      [2600000, '2,6 miljoen'],
      [3.8, '3,8 procent'],
      [9, '9 procent'],
      [438000, '438.000'],
      [400000, '400.000'],
      [0.75, '0,75 procent'],
      [1.25, '1,25 procent'],
      [60000, '60.000'],
      [20000, '20.000'],
    ];
    for (const [value, figure] of printed) {
      const statistic = statistics.find((finding) => finding.statistic?.value === value);
      expect(statistic?.quote, `statistic ${figure}`).toContain(figure);
      expect(statistic?.statistic?.period.length).toBeGreaterThan(0);
    }
  });

  it('link only entities the lexicon defines', () => {
    const about = relationships('ABOUT');
    expect(about.reduce((sum, group) => sum + group.rows.length, 0)).toBeGreaterThan(
      findings.length,
    );
    for (const group of about) {
      const defined = new Set(nodes(group.to).map((row) => row.slug));
      for (const row of group.rows) expect(defined, `${group.to} ${row.to}`).toContain(row.to);
    }
  });
});

describe('the lexicon', () => {
  it('has at least 40 concepts, each with Dutch and English labels', () => {
    expect(lexicon.concepts.length).toBeGreaterThanOrEqual(40);
    for (const concept of lexicon.concepts) {
      expect(concept.prefLabel.nl.length).toBeGreaterThan(0);
      expect(concept.prefLabel.en.length).toBeGreaterThan(0);
    }
  });

  it('quotes definitions only verbatim from the passages', () => {
    const texts = [...passageText.values()];
    const quoted = [...lexicon.concepts, ...lexicon.themes].filter(
      (entry) => entry.definition?.source === 'quote',
    );
    expect(quoted.length).toBeGreaterThan(5);
    for (const entry of quoted) {
      expect(
        texts.some((text) => text.includes(entry.definition?.nl ?? '\u0000')),
        entry.slug,
      ).toBe(true);
    }
  });

  it('covers the concepts the essay is about, each mentioned by at least one passage', () => {
    const mentioned = new Set(
      relationships('MENTIONS')
        .filter((group) => group.to === 'Concept')
        .flatMap((group) => group.rows.map((row) => row.to)),
    );
    for (const slug of [
      'relatedness',
      'embeddedness',
      'gerelateerde-varieteit',
      'slimme-specialisatie',
      'job-carving',
      'weerbaarheid',
      'inclusiviteit',
      'verdringing',
      'polarisatie',
      'ruimtelijke-uitsortering',
      'leven-lang-leren',
    ]) {
      expect(mentioned, slug).toContain(slug);
    }
  });
  it('has every concept mentioned by some passage, but two that only Table 1 names', () => {
    const mentioned = new Set(
      relationships('MENTIONS')
        .filter((group) => group.to === 'Concept')
        .flatMap((group) => group.rows.map((row) => row.to)),
    );
    const unmentioned = lexicon.concepts
      .map((concept) => concept.slug)
      .filter((slug) => !mentioned.has(slug));
    // Their labels occur only in Table 1's cells, which are no passages: for the lexicon's review.
    expect(unmentioned.sort()).toEqual(['functionele-regio', 'voortijdig-schoolverlaten']);
  });
});

describe('Table 1', () => {
  it('places all 21 instruments under their theme and horizon', () => {
    const serves = relationships('SERVES').flatMap((group) => group.rows);
    expect(serves).toHaveLength(21);
    const horizon = new Map(
      nodes('PolicyInstrument').map((row) => [row.slug, String(row.properties['horizon'])]),
    );
    const cells = serves.map((row) => `${row.to}/${horizon.get(row.from)}`);
    const count = (cell: string) => cells.filter((candidate) => candidate === cell).length;
    expect({
      inclusiviteitShort: count('inclusiviteit/SHORT'),
      weerbaarheidShort: count('weerbaarheid/SHORT'),
      hervormingShort: count('institutionele-hervorming/SHORT'),
      inclusiviteitLong: count('inclusiviteit/LONG'),
      weerbaarheidLong: count('weerbaarheid/LONG'),
      hervormingLong: count('institutionele-hervorming/LONG'),
    }).toEqual({
      inclusiviteitShort: 8,
      weerbaarheidShort: 3,
      hervormingShort: 1,
      inclusiviteitLong: 3,
      weerbaarheidLong: 2,
      hervormingLong: 4,
    });
    expect(serves.find((row) => row.from === 'job-carving')?.properties).toEqual({
      table: 'Tabel 1 Agendapunten regionaal arbeidsmarktbeleid',
      page: 22,
      column: 1,
      document: 'bouwstenen-voor-de-regionale-arbeidsmarkt',
    });
  });
});
