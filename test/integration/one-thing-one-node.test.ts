/**
 * One thing is one node, and every link says where it comes from: a theme that is also a concept
 * answers with its mentions, findings, instruments and bridges in one place; Table 1 is a node the
 * instruments' links cite; the programme's facts cite the preface; lexicon links say they come from
 * the lexicon; paths can keep to links a passage backs, and never repeat themselves.
 */
import { describe, expect, it } from 'vitest';
import { useHttpApi } from '../support/http-api.js';

const api = useHttpApi();

async function answer<T>(query: string): Promise<T> {
  const { data, errors } = await api.query<T>(query);
  expect(errors).toBeUndefined();
  return data as T;
}

const TABLE_1 =
  'Table:bouwstenen-voor-de-regionale-arbeidsmarkt--tabel-1-agendapunten-regionaal-arbeidsmarktbeleid';

interface Counted {
  readonly totalCount: number;
}

describe('a theme that is also a concept', () => {
  it('answers with the same mentions and findings under both types, and its instruments', async () => {
    const data = await answer<{
      theme: {
        id: string;
        passageCount: number;
        mentions: Counted & { edges: { node: { passage: { slug: string } } }[] };
        findings: Counted;
        instruments: { instrument: { slug: string } }[];
        facets: { __typename: string; id: string; related?: Counted }[];
      };
      concept: { id: string; passageCount: number; mentions: Counted; findings: Counted };
    }>(`{
      theme(slug: "weerbaarheid") {
        id passageCount
        mentions(first: 3) { totalCount edges { node { passage { slug } } } }
        findings { totalCount }
        instruments { instrument { slug } }
        facets { __typename id ... on Concept { related { totalCount } } }
      }
      concept(slug: "weerbaarheid") {
        id passageCount mentions { totalCount } findings { totalCount }
      }
    }`);
    const { theme, concept } = data;
    expect(theme.mentions.totalCount).toBeGreaterThan(5);
    expect(theme.passageCount).toBe(theme.mentions.totalCount);
    expect(concept.mentions.totalCount).toBe(theme.mentions.totalCount);
    expect(concept.passageCount).toBe(theme.passageCount);
    // Before, the theme had 15 findings and the concept 7; now both are one set.
    expect(theme.findings.totalCount).toBe(concept.findings.totalCount);
    expect(theme.findings.totalCount).toBeGreaterThan(15);
    expect(theme.instruments.map((placement) => placement.instrument.slug)).toContain(
      'transitiebeleid',
    );
    expect(theme.facets.map((facet) => [facet.__typename, facet.id])).toEqual([
      ['Concept', concept.id],
    ]);
    expect(theme.facets[0]!.related!.totalCount).toBeGreaterThan(3);
  });

  it('can be bridged as a theme', async () => {
    const data = await answer<{
      bridge: { a: { id: string }; sharedConcepts: { concept: { slug: string } }[] };
    }>(`{ bridge(a: "Theme:weerbaarheid", b: "Theme:inclusiviteit") {
          a { id } sharedConcepts(first: 5) { concept { slug } } } }`);
    expect(data.bridge.sharedConcepts.length).toBeGreaterThan(0);
  });
});

describe('an instrument, a regulation, a region that are the same node as another entry', () => {
  it('shows each as its own type with the other as a facet, and one set of mentions', async () => {
    const data = await answer<{
      instrument: { passageCount: number; mentions: Counted; facets: { __typename: string }[] };
      concept: { mentions: Counted; facets: { __typename: string }[] };
      regulation: { passageCount: number; facets: { __typename: string; slug: string }[] };
      region: {
        kind: string;
        passageCount: number;
        facets: { __typename: string; label: string }[];
      };
      organisation: { facets: { __typename: string }[]; passageCount: number };
    }>(`{
      instrument(slug: "job-carving") { passageCount mentions { totalCount } facets { __typename } }
      concept(slug: "job-carving") { mentions { totalCount } facets { __typename } }
      regulation(slug: "quotumregeling") { passageCount facets { __typename slug } }
      region(slug: "europese-unie") { kind passageCount facets { __typename label } }
      organisation(slug: "europese-unie") { passageCount facets { __typename } }
    }`);
    expect(data.instrument.mentions.totalCount).toBeGreaterThan(0);
    expect(data.instrument.mentions.totalCount).toBe(data.concept.mentions.totalCount);
    expect(data.instrument.passageCount).toBe(data.concept.mentions.totalCount);
    expect(data.instrument.facets).toEqual([{ __typename: 'Concept' }]);
    expect(data.concept.facets).toEqual([{ __typename: 'PolicyInstrument' }]);
    expect(data.regulation.facets).toEqual([
      { __typename: 'PolicyInstrument', slug: 'quotumregeling' },
    ]);
    expect(data.regulation.passageCount).toBeGreaterThan(0);
    expect(data.region).toMatchObject({
      kind: 'SUPRANATIONAL',
      facets: [{ __typename: 'Organisation', label: 'Europese Unie' }],
    });
    expect(data.organisation.facets).toEqual([{ __typename: 'Region' }]);
    expect(data.organisation.passageCount).toBe(data.region.passageCount);
  });

  it('links an instrument to the concept its name names, which keeps its own mentions', async () => {
    const data = await answer<{
      instrument: {
        concepts: { slug: string }[];
        mentions: { edges: { node: { passage: { slug: string }; surfaces: string[] } }[] };
      };
      concept: { mentions: { edges: { node: { passage: { slug: string } } }[] } };
    }>(`{
      instrument(slug: "voorkomen-vsv") {
        concepts { slug }
        mentions(first: 100) { edges { node { passage { slug } surfaces } } }
      }
      concept(slug: "voortijdig-schoolverlaten") {
        mentions(first: 100) { edges { node { passage { slug } } } }
      }
    }`);
    expect(data.instrument.concepts.map((concept) => concept.slug)).toEqual([
      'voortijdig-schoolverlaten',
    ]);
    const conceptPassages = data.concept.mentions.edges.map((edge) => edge.node.passage.slug);
    const namingPassages = data.instrument.mentions.edges
      .filter((edge) => edge.node.surfaces.some((surface) => /voortijdig/i.test(surface)))
      .map((edge) => edge.node.passage.slug);
    expect(namingPassages.length).toBeGreaterThan(0);
    for (const passage of namingPassages) expect(conceptPassages).toContain(passage);
  });

  it('names a part of a region as its own region inside it', async () => {
    const data = await answer<{
      region: { partOf: { slug: string }[]; mentions: Counted };
      whole: { altLabels: string[] };
    }>(`{
      region(slug: "zuidoost-limburg") { partOf { slug } mentions { totalCount } }
      whole: region(slug: "zuid-limburg") { altLabels }
    }`);
    expect(data.region.partOf).toEqual([{ slug: 'zuid-limburg' }]);
    expect(data.region.mentions.totalCount).toBeGreaterThan(0);
    expect(data.whole.altLabels).not.toContain('Zuid-Oost Limburg');
  });
});

describe('Table 1', () => {
  it('is a node with its caption, page, essay and every cell, which each SERVES link cites', async () => {
    const data = await answer<{
      node: {
        slug: string;
        caption: string;
        page: number;
        document: { title: string };
        cells: {
          instrument: { slug: string };
          theme: { slug: string };
          horizon: string;
          page: number;
          table: { id: string };
        }[];
      };
      instrument: { themes: { table: { id: string; caption: string }; page: number }[] };
    }>(`{
      node(id: "${TABLE_1}") {
        ... on Table {
          slug caption page document { title }
          cells { instrument { slug } theme { slug } horizon page table { id } }
        }
      }
      instrument(slug: "quotumregeling") { themes { table { id caption } page } }
    }`);
    const table = data.node;
    expect(table).toMatchObject({
      caption: 'Tabel 1 Agendapunten regionaal arbeidsmarktbeleid',
      page: 22,
      document: { title: 'Bouwstenen voor de regionale arbeidsmarkt' },
    });
    expect(table.cells).toHaveLength(21);
    expect(table.cells[0]).toMatchObject({
      instrument: { slug: 'matching-en-arbeidsbemiddeling' },
      theme: { slug: 'inclusiviteit' },
      horizon: 'SHORT',
      page: 22,
    });
    expect(new Set(table.cells.map((cell) => cell.table.id)).size).toBe(1);
    const [placement] = data.instrument.themes;
    expect(placement).toMatchObject({
      table: { id: table.cells[0]!.table.id, caption: table.caption },
      page: 22,
    });
    expect(table.cells).toContainEqual(
      expect.objectContaining({
        instrument: { slug: 'quotumregeling' },
        theme: { slug: 'inclusiviteit' },
        horizon: 'LONG',
      }),
    );
  });
});

describe('Table 1 in search', () => {
  it('is found by its caption and by the instruments in its cells', async () => {
    const data = await answer<{
      caption: { edges: { node: { type: string; node: { id?: string } } }[] };
      cells: {
        totalCount: number;
        edges: { node: { type: string; node: { caption?: string } } }[];
      };
    }>(`{
      caption: search(query: "agendapunten regionaal arbeidsmarktbeleid", first: 3) {
        edges { node { type node { ... on Table { id } } } }
      }
      cells: search(query: "quotumregeling job carving", types: [TABLE]) {
        totalCount edges { node { type node { ... on Table { caption } } } }
      }
    }`);
    expect(data.caption.edges.map((edge) => edge.node.type)).toContain('TABLE');
    expect(data.cells.totalCount).toBe(1);
    expect(data.cells.edges[0]?.node).toEqual({
      type: 'TABLE',
      node: { caption: 'Tabel 1 Agendapunten regionaal arbeidsmarktbeleid' },
    });
  });
});

interface Edge {
  type: string;
  from: { id: string };
  to: { id: string };
  evidence: { passage: { slug: string }; page: number; quote: string }[];
  provenance: string | null;
}

const EDGE = 'type from { id } to { id } evidence { passage { slug } page quote } provenance';

describe('links that cite the text', () => {
  it("cite the preface passage and page behind an essay's authors, project and preface", async () => {
    const data = await answer<{ neighbourhood: { edges: Edge[] } }>(
      `{ neighbourhood(id: "Essay:bouwstenen-voor-de-regionale-arbeidsmarkt",
           types: [PERSON, PROJECT, PREFACE], first: 50) { edges { ${EDGE} } } }`,
    );
    const byType = (type: string) => data.neighbourhood.edges.filter((edge) => edge.type === type);
    expect(byType('AUTHORED')).toHaveLength(3);
    for (const edge of [...byType('AUTHORED'), ...byType('INTRODUCES')]) {
      expect(edge.evidence).toEqual([
        {
          passage: { slug: 'voorwoord-kks-essays--p010' },
          page: 6,
          quote:
            'Bouwstenen voor de regionale arbeidsmarkt dr. Arjen Edzes, dr. Ruud Dorenbos en prof. dr. Jouke van Dijk',
        },
      ]);
      expect(edge.provenance).toBe('series preface (p. 6)');
    }
    const [output] = byType('OUTPUT_OF');
    expect(output?.evidence[0]?.quote).toBe(
      'Het resultaat daarvan is een set van zes essays die het gehele programma beslaan.',
    );
  });

  it("cite the preface for the programme's years, project count and coordinator", async () => {
    const data = await answer<{
      programme: {
        evidence: { passage: { slug: string; text: string }; page: number; quote: string }[];
      };
    }>(`{ programme(slug: "kennis-voor-krachtige-steden") {
          evidence { passage { slug text } page quote } } }`);
    const { evidence } = data.programme;
    expect(evidence.map((item) => item.quote)).toEqual([
      expect.stringContaining('dat in 2006 startte en in februari 2015 afliep'),
      'In ruim vijftig projecten',
      'Namens het team van Platform31 dat het programma alle jaren heeft begeleid',
    ]);
    for (const item of evidence) expect(item.passage.text).toContain(item.quote);
    expect(evidence.map((item) => item.page)).toEqual([4, 4, 6]);
  });

  it('say when they come from the lexicon, citing the passages that mention both concepts', async () => {
    const data = await answer<{ neighbourhood: { edges: Edge[] } }>(
      `{ neighbourhood(id: "Concept:relatedness", types: [CONCEPT], first: 50) { edges { ${EDGE} } } }`,
    );
    const related = data.neighbourhood.edges.filter((edge) => edge.type === 'RELATED');
    expect(related.length).toBeGreaterThan(1);
    for (const edge of related) {
      expect(edge.provenance).toMatch(/^curated lexicon \(seed\/data\/lexicon\.yaml\); /);
    }
    const cited = related.filter((edge) => edge.evidence.length > 0);
    expect(cited.length).toBeGreaterThan(0);
    for (const edge of cited) {
      expect(edge.provenance).toMatch(/both are mentioned in \d+ passages?/);
      for (const item of edge.evidence) expect(item.quote.length).toBeGreaterThan(10);
    }
  });
});

describe('paths', () => {
  const signature = (path: {
    hops: { type: string; from: { id: string }; to: { id: string } }[];
  }) => path.hops.map((hop) => `${hop.from.id}-${hop.type}-${hop.to.id}`).join(' ');

  it('walk a link that holds both ways once, not once per direction', async () => {
    const data = await answer<{
      paths: {
        length: number;
        hops: { type: string; from: { id: string }; to: { id: string } }[];
      }[];
    }>(`{ paths(from: "Concept:relatedness", to: "Concept:gerelateerde-varieteit", maxLength: 2, first: 5) {
          length hops { type from { id } to { id } } } }`);
    const oneHop = data.paths.filter((path) => path.length === 1);
    expect(oneHop).toHaveLength(1);
    expect(oneHop[0]!.hops[0]!.type).toBe('RELATED');
    const signatures = data.paths.map(signature);
    expect(new Set(signatures).size).toBe(signatures.length);
  });

  it('keep to links a passage backs when asked', async () => {
    const data = await answer<{
      paths: { length: number; hops: Edge[] }[];
      bridge: { paths: { hops: Edge[] }[] };
    }>(`{
      paths(from: "Concept:relatedness", to: "Concept:gerelateerde-varieteit", maxLength: 4, first: 3,
            passageBackedOnly: true) { length hops { ${EDGE} } }
      bridge(a: "Person:jouke-van-dijk", b: "Person:arjen-edzes") {
        paths(maxLength: 4, passageBackedOnly: true) { hops { ${EDGE} } }
      }
    }`);
    expect(data.paths.length).toBeGreaterThan(0);
    expect(data.paths[0]!.length).toBe(2);
    const hops = [...data.paths, ...data.bridge.paths].flatMap((path) => path.hops);
    expect(hops.some((hop) => hop.type === 'AUTHORED')).toBe(true);
    for (const hop of hops) {
      expect([
        'MENTIONS',
        'STATED_IN',
        'ABOUT',
        'AUTHORED',
        'WROTE',
        'INTRODUCES',
        'OUTPUT_OF',
      ]).toContain(hop.type);
      expect(hop.evidence.length, hop.type).toBeGreaterThan(0);
    }
  });
});
