/**
 * The curated seed data is true to the corpus: every quote a verbatim substring of the cleaned
 * passage that holds it, every linked entity defined, every concept and figure accounted for.
 */
import { describe, expect, it } from 'vitest';
import { parseFindings } from '../../seed/pipeline/findings.js';
import { parseLexicon } from '../../seed/pipeline/lexicon.js';
import { buildGraph, readInputs } from '../../seed/seed-graph.js';
import { ENTITY_LABELS, type EntityLabel } from '../../src/domain/graph-model.js';

const inputs = await readInputs();
const graph = buildGraph(inputs);
const lexicon = parseLexicon(inputs.lexicon.text, inputs.lexicon.name);
const findings = parseFindings(inputs.findings.text, inputs.findings.name);
type Label = Parameters<typeof graph.nodes.get>[0];
const nodes = (label: Label) => graph.nodes.get(label) ?? [];
/** The nodes that are `label`: stored under it, or with it as a facet. */
const nodesAs = (label: Label) =>
  [...graph.nodes.values()]
    .flat()
    .filter(
      (row) => nodes(label).includes(row) || (row.properties['types'] as string[]).includes(label),
    );
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

  it('are each about at least one subject', () => {
    const withSubject = new Set(
      relationships('ABOUT').flatMap((group) => group.rows.map((row) => row.from)),
    );
    const without = nodes('Finding')
      .map((row) => row.slug)
      .filter((slug) => !withSubject.has(slug));
    expect(without).toEqual([]);
  });

  it('that state an item of a list are about everything the finding introducing it is about', () => {
    const subjects = new Map<string, Set<string>>();
    for (const group of relationships('ABOUT')) {
      for (const row of group.rows) {
        subjects.set(row.from, (subjects.get(row.from) ?? new Set()).add(`${group.to}:${row.to}`));
      }
    }
    const items = relationships('ITEM_OF').flatMap((group) => group.rows);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const missing = [...(subjects.get(item.to) ?? [])].filter(
        (subject) => !subjects.get(item.from)?.has(subject),
      );
      expect(missing, `${item.from}, an item of ${item.to}`).toEqual([]);
    }
  });

  it('number the items of a list as the text does', () => {
    const obstacles = relationships('ITEM_OF')
      .flatMap((group) => group.rows)
      .filter((row) => row.to === 'belemmeringen-drie-themas')
      .sort((a, b) => (a.properties['position'] as number) - (b.properties['position'] as number));
    // The essay's numbered list of obstacles, 1 to 3 (p. 17-18).
    expect(obstacles.map((row) => [row.properties['position'], row.from])).toEqual([
      [1, 'samenhang-sociale-zaken-economie-ontbreekt'],
      [2, 'regionale-structuur-blijft-overleg'],
      [3, 'belangen-keten-en-marktpartijen-verschillen'],
    ]);
  });

  it('link only entities the lexicon defines', () => {
    const about = relationships('ABOUT');
    expect(about.reduce((sum, group) => sum + group.rows.length, 0)).toBeGreaterThan(
      findings.length,
    );
    for (const group of about) {
      const defined = new Set(nodesAs(group.to).map((row) => row.slug));
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
    const quoted = lexicon.concepts.filter((entry) => entry.definition?.source === 'quote');
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
  it('has every concept mentioned by some passage, but one that only Table 1 names', () => {
    const mentioned = new Set(
      relationships('MENTIONS')
        .filter((group) => group.to === 'Concept')
        .flatMap((group) => group.rows.map((row) => row.to)),
    );
    const unmentioned = lexicon.concepts
      .map((concept) => concept.slug)
      .filter((slug) => !mentioned.has(slug));
    // Its label occurs only in a cell of Table 1, which lists it; a table is no passage.
    expect(unmentioned).toEqual(['functionele-regio']);
    const listed = relationships('LISTS').flatMap((group) => group.rows.map((row) => row.to));
    expect(listed).toContain('functionele-regio');
  });
});

describe('Table 1', () => {
  it('places all 21 instruments under their theme and horizon', () => {
    const serves = relationships('SERVES').flatMap((group) => group.rows);
    expect(serves).toHaveLength(21);
    const horizon = new Map(
      nodesAs('PolicyInstrument').map((row) => [row.slug, String(row.properties['horizon'])]),
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
      table: TABLE_1,
      caption: 'Tabel 1 Agendapunten regionaal arbeidsmarktbeleid',
      page: 22,
      column: 1,
    });
  });

  it('is a node that search finds, listing every cell with its theme and horizon', () => {
    const [table] = nodes('Table');
    expect(nodes('Table')).toHaveLength(1);
    expect(table?.slug).toBe(TABLE_1);
    expect(table?.properties).toMatchObject({
      caption: 'Tabel 1 Agendapunten regionaal arbeidsmarktbeleid',
      page: 22,
      document: 'bouwstenen-voor-de-regionale-arbeidsmarkt',
    });
    expect(table?.properties['searchText']).toContain('agendapunten');
    expect(table?.properties['searchText']).toContain('quotumregeling');
    const cells = relationships('LISTS').flatMap((group) => group.rows);
    expect(cells).toHaveLength(21);
    expect(
      cells.map((cell) => cell.properties['order']).sort((a, b) => Number(a) - Number(b)),
    ).toEqual(Array.from({ length: 21 }, (_, index) => index + 1));
    expect(cells.find((cell) => cell.to === 'quotumregeling')?.properties).toMatchObject({
      text: 'Quotumregeling',
      theme: 'inclusiviteit',
      horizon: 'LONG',
      column: 1,
    });
  });
});

const TABLE_1 =
  'bouwstenen-voor-de-regionale-arbeidsmarkt--tabel-1-agendapunten-regionaal-arbeidsmarktbeleid';

describe('one thing, one node', () => {
  it('refuses two entries sharing a slug or a label, and a facet that would become the type', () => {
    const lexiconWith = (extra: string) => `themes: []
regions: []
organisations: []
regulations: []
instruments: []
concepts:
  - slug: job-carving
    prefLabel: { nl: job carving, en: job carving }
${extra}`;
    expect(() => parseLexicon(lexiconWith(''), 'ok.yaml')).not.toThrow();
    expect(() =>
      parseLexicon(
        lexiconWith(`  - slug: uitsnijden
    prefLabel: { nl: uitsnijden van banen, en: carving }
    altLabels: { en: [Job Carving] }`),
        'alt.yaml',
      ),
    ).toThrow(
      'alt.yaml: the label "job carving" names both Concept job-carving and Concept uitsnijden',
    );
    expect(() =>
      parseLexicon(
        lexiconWith('').replace(
          'instruments: []',
          'instruments:\n  - { cell: Job carving, slug: job-carving }',
        ),
        'slug.yaml',
      ),
    ).toThrow('job-carving is an entry of both concepts and instruments');
    expect(() =>
      parseLexicon(
        lexiconWith('').replace('themes: []', 'themes:\n  - sameAs: nergens'),
        'facet.yaml',
      ),
    ).toThrow('themes entry sameAs "nergens" names no entry of another section');
  });

  it('holds each lexicon slug once, whatever its labels', () => {
    const slugs = [...graph.nodes.entries()]
      .filter(([label]) => ENTITY_LABELS.includes(label as EntityLabel))
      .flatMap(([, rows]) => rows.map((row) => row.slug));
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('makes the agenda themes concepts, two instruments concepts, and the EU a region', () => {
    const facetsOf = (slug: string) =>
      [...graph.nodes.values()].flatMap((rows) =>
        rows.filter((row) => row.slug === slug).map((row) => row.properties['types'] as string[]),
      );
    for (const theme of ['inclusiviteit', 'weerbaarheid', 'institutionele-hervorming']) {
      expect(facetsOf(theme), theme).toEqual([['Concept', 'Theme']]);
    }
    expect(facetsOf('job-carving')).toEqual([['Concept', 'PolicyInstrument']]);
    expect(facetsOf('leven-lang-leren')).toEqual([['Concept', 'PolicyInstrument']]);
    expect(facetsOf('functionele-regio')).toEqual([['Concept', 'PolicyInstrument']]);
    expect(facetsOf('quotumregeling')).toEqual([['PolicyInstrument', 'Regulation']]);
    expect(facetsOf('europese-unie')).toEqual([['Organisation', 'Region']]);
  });

  it('names a smaller place as a region of its own inside the larger one', () => {
    const partOf = relationships('PART_OF').flatMap((group) => group.rows);
    expect(partOf).toContainEqual(
      expect.objectContaining({ from: 'zuidoost-limburg', to: 'zuid-limburg' }),
    );
    const zuidLimburg = nodes('Region').find((row) => row.slug === 'zuid-limburg');
    expect(zuidLimburg?.properties['altLabelsNl']).not.toContain('Zuid-Oost Limburg');
  });

  it('links an instrument to the concept its name names, and the concept keeps its mentions', () => {
    const concerns = relationships('CONCERNS').flatMap((group) => group.rows);
    expect(concerns).toContainEqual(
      expect.objectContaining({ from: 'voorkomen-vsv', to: 'voortijdig-schoolverlaten' }),
    );
    const mentionsOf = (slug: string) =>
      relationships('MENTIONS')
        .flatMap((group) => group.rows)
        .filter((row) => row.to === slug)
        .map((row) => row.from);
    const mentions = relationships('MENTIONS').flatMap((group) => group.rows);
    const byInstrument = mentions.filter(
      (row) =>
        row.to === 'voorkomen-vsv' &&
        (row.properties['surfaces'] as string[]).some((surface) => /voortijdig/i.test(surface)),
    );
    expect(byInstrument.length).toBeGreaterThan(0);
    for (const { from: passage } of byInstrument) {
      expect(mentionsOf('voortijdig-schoolverlaten')).toContain(passage);
    }
    expect(mentionsOf('voortijdig-schoolverlaten').length).toBeGreaterThan(0);
  });

  it('stores a related pair once, and cites the passages that mention both', () => {
    const related = relationships('RELATED').flatMap((group) => group.rows);
    const pairs = related.map((row) => [row.from, row.to].sort().join(' '));
    expect(new Set(pairs).size).toBe(pairs.length);
    const cited = related.filter((row) => Number(row.properties['coMentionCount']) > 0);
    expect(cited.length).toBeGreaterThan(related.length / 2);
    for (const row of cited) {
      const passages = row.properties['coMentionPassages'] as string[];
      const surfaces = row.properties['coMentionSurfaces'] as string[];
      passages.forEach((passage, index) =>
        expect(passageText.get(passage)).toContain(surfaces[index]),
      );
    }
  });
});

describe('the programme catalogue', () => {
  it('cites the preface passage and page behind every authorship, project, essay and role', () => {
    for (const type of [
      'AUTHORED',
      'OUTPUT_OF',
      'INTRODUCES',
      'WROTE',
      'COORDINATED_BY',
      'AFFILIATED_WITH',
    ]) {
      const rows = relationships(type).flatMap((group) => group.rows);
      expect(rows.length, type).toBeGreaterThan(0);
      for (const row of rows) {
        const passage = row.properties['passage'] as string;
        expect(passage, `${type} ${row.from} -> ${row.to}`).toMatch(/^voorwoord-kks-essays--p/);
        expect(passageText.get(passage)).toContain(row.properties['quote']);
        expect(row.properties['page']).toBe(
          nodes('Passage').find((candidate) => candidate.slug === passage)?.properties['page'],
        );
      }
    }
    const projectsInProgramme = relationships('PART_OF')
      .filter((group) => group.from === 'Project')
      .flatMap((group) => group.rows);
    expect(projectsInProgramme.every((row) => row.properties['passage'] !== undefined)).toBe(true);
    const authored = relationships('AUTHORED').flatMap((group) => group.rows);
    expect(authored.find((row) => row.from === 'jouke-van-dijk')?.properties['quote']).toBe(
      'Bouwstenen voor de regionale arbeidsmarkt dr. Arjen Edzes, dr. Ruud Dorenbos en prof. dr. Jouke van Dijk',
    );
  });

  it("cites the preface for the programme's years, project count and coordinator", () => {
    const programme = nodes('Programme')[0]?.properties;
    const quotes = programme?.['evidenceQuotes'] as string[];
    expect(quotes).toHaveLength(3);
    (programme?.['evidencePassages'] as string[]).forEach((passage, index) =>
      expect(passageText.get(passage)).toContain(quotes[index]),
    );
    expect(quotes.join(' ')).toContain('in 2006 startte en in februari 2015 afliep');
    expect(quotes.join(' ')).toContain('In ruim vijftig projecten');
  });
});
