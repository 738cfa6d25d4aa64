/**
 * The ingested graph over the real HTTP endpoint: passages with their pages, mentions with their
 * evidence, the lexicon in two languages, Table 1's instruments and the curated findings.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFindings } from '../../seed/pipeline/findings.js';
import { SEED_DIR } from '../../seed/seed-graph.js';
import { useHttpApi } from '../support/http-api.js';

const FINDINGS_FILE = path.join(SEED_DIR, 'data', 'findings.yaml');

const api = useHttpApi();

describe('passages', () => {
  it('are read in order with their section, document, pages and footnotes', async () => {
    const { data, errors } = await api.query<{
      passages: { totalCount: number; edges: { node: Record<string, unknown> }[] };
    }>(`{ passages(document: "bouwstenen-voor-de-regionale-arbeidsmarkt", first: 3) {
          totalCount
          edges { node { ordinal page pageEnd footnotes text section { title } document { ... on Essay { title } }
                         next { ordinal } previous { ordinal } } } } }`);
    expect(errors).toBeUndefined();
    expect(data!.passages.totalCount).toBe(44);
    const [first, , third] = data!.passages.edges.map((edge) => edge.node);
    expect(first).toMatchObject({
      ordinal: 1,
      page: 7,
      pageEnd: 7,
      footnotes: [],
      section: { title: 'Inleiding' },
      document: { title: 'Bouwstenen voor de regionale arbeidsmarkt' },
      next: { ordinal: 2 },
      previous: null,
    });
    expect(third).toMatchObject({ ordinal: 3, page: 7, pageEnd: 8, footnotes: [4, 5, 6] });
    expect(third!['text']).toContain('Vooral banen op mbo-niveau 2 en 3 dreigen');
  });
});

describe('concepts', () => {
  it('answer in Dutch or English, with the passages that mention them as evidence', async () => {
    const { data, errors } = await api.query<{
      concept: {
        nl: string;
        en: string;
        mentions: {
          totalCount: number;
          edges: {
            node: {
              count: number;
              surfaces: string[];
              page: number;
              quote: string;
              passage: { text: string; page: number };
            };
          }[];
        };
        findings: {
          edges: {
            node: { evidence: { quote: string; page: number; passage: { text: string } } };
          }[];
        };
      };
    }>(`{ concept(slug: "gerelateerde-varieteit") {
          nl: label en: label(lang: EN)
          mentions { totalCount edges { node { count surfaces page quote passage { text page } } } }
          findings(first: 100) { edges { node { evidence { quote page passage { text } } } } } } }`);
    expect(errors).toBeUndefined();
    const concept = data!.concept;
    expect([concept.nl, concept.en]).toEqual(['gerelateerde variëteit', 'related variety']);
    expect(concept.mentions.totalCount).toBe(1);
    const mention = concept.mentions.edges[0]?.node;
    expect(mention).toMatchObject({
      count: 3,
      page: 20,
      surfaces: ['Gerelateerde variëteit', 'gerelateerde variëteit'],
    });
    for (const surface of mention!.surfaces) expect(mention!.passage.text).toContain(surface);
    expect(mention!.passage.text).toContain(mention!.quote);
    expect(mention!.quote).toMatch(/^Gerelateerde variëteit dus\.$/);
    expect(concept.findings.edges.length).toBeGreaterThan(0);
    for (const { node: finding } of concept.findings.edges) {
      expect(finding.evidence.passage.text).toContain(finding.evidence.quote);
    }
  });
});

describe('Table 1', () => {
  it('gives each theme its instruments with horizon and the table and page that place them', async () => {
    const { data } = await api.query<{
      themes: {
        edges: {
          node: {
            slug: string;
            instruments: {
              horizon: string;
              table: { caption: string };
              page: number;
              instrument: { label: string };
            }[];
          };
        }[];
      };
    }>(
      `{ themes { edges { node { slug instruments { horizon table { caption } page instrument { label } } } } } }`,
    );
    const themes = Object.fromEntries(
      data!.themes.edges.map((edge) => [edge.node.slug, edge.node.instruments]),
    );
    const cell = (theme: string, horizon: string) =>
      themes[theme]!.filter((placement) => placement.horizon === horizon)
        .map((placement) => placement.instrument.label)
        .sort();
    expect(cell('weerbaarheid', 'LONG')).toEqual(['Leven lang leren', 'Transitiebeleid']);
    expect(cell('institutionele-hervorming', 'SHORT')).toEqual([
      'Herziening uitvoeringsstructuur W&I, WSW en dagbesteding',
    ]);
    expect(Object.values(themes).flat()).toHaveLength(21);
    expect(
      new Set(
        Object.values(themes)
          .flat()
          .map((placement) => `${placement.table.caption} p${placement.page}`),
      ),
    ).toEqual(new Set(['Tabel 1 Agendapunten regionaal arbeidsmarktbeleid p22']));
  });
});

describe('regions', () => {
  it('nest municipalities in regions in provinces', async () => {
    const { data } = await api.query<{
      region: {
        kind: string;
        partOf: { slug: string; partOf: { slug: string }[] }[];
        mentions: { edges: { node: { surfaces: string[] } }[] };
      };
    }>(
      `{ region(slug: "heerlen") { kind partOf { slug partOf { slug } } mentions { edges { node { surfaces } } } } }`,
    );
    expect(data!.region).toEqual({
      kind: 'MUNICIPALITY',
      partOf: [{ slug: 'zuid-limburg', partOf: [{ slug: 'limburg' }] }],
      mentions: { edges: [{ node: { surfaces: ['Heerlen'] } }] },
    });
  });
});

describe('findings', () => {
  it('carry statistics with value, unit and period, and their evidence', async () => {
    const { data } = await api.query<{
      finding: {
        kind: string;
        statement: string;
        statistic: Record<string, unknown>;
        evidence: { quote: string; page: number };
      };
    }>(`{ finding(slug: "werkloosheid-2014-q1") {
          kind statement(lang: EN) statistic { indicator value unit period measures(lang: EN) }
          evidence { quote page } } }`);
    expect(data!.finding).toMatchObject({
      kind: 'STATISTIC',
      statistic: { value: 9, unit: 'percent', period: '2014-Q1' },
      evidence: { page: 7 },
    });
    expect(data!.finding.evidence.quote).toContain('9 procent');
  });

  it('that state the items of a list name the finding that introduces it, which lists them in the text’s order', async () => {
    const lists = new Map<string, string[]>();
    for (const finding of parseFindings(readFileSync(FINDINGS_FILE, 'utf8'), FINDINGS_FILE)) {
      if (finding.itemOf === undefined) continue;
      lists.set(finding.itemOf, [...(lists.get(finding.itemOf) ?? []), finding.slug]);
    }
    expect(lists.size).toBeGreaterThan(0);
    type Subjects = { about: { id: string }[] };
    type Item = Subjects & {
      slug: string;
      itemOf: { slug: string };
      evidence: { quote: string; passage: { ordinal: number; text: string } };
    };
    const introducers = [...lists.keys()];
    const { data, errors } = await api.query<
      Record<string, Subjects & { slug: string; itemOf: null; items: Item[] }>
    >(`{
      ${introducers.map((slug, index) => `list${index}: finding(slug: ${JSON.stringify(slug)}) { ...List }`).join('\n')}
      notAList: finding(slug: "werkloosheid-2014-q1") { ...List }
    }
    fragment List on Finding {
      slug itemOf { slug } about { ... on Node { id } }
      items { slug itemOf { slug } about { ... on Node { id } } evidence { quote passage { ordinal text } } }
    }`);
    expect(errors).toBeUndefined();
    introducers.forEach((introducer, index) => {
      const list = data![`list${index}`]!;
      expect(list.slug).toBe(introducer);
      expect(list.items.map((item) => item.slug).sort()).toEqual(
        [...lists.get(introducer)!].sort(),
      );
      const where = (item: Item) =>
        [
          item.evidence.passage.ordinal,
          item.evidence.passage.text.indexOf(item.evidence.quote),
        ] as const;
      const inTextOrder = [...list.items].sort(
        (a, b) => where(a)[0] - where(b)[0] || where(a)[1] - where(b)[1],
      );
      expect(list.items.map((item) => item.slug)).toEqual(inTextOrder.map((item) => item.slug));
      for (const item of list.items) {
        expect(item.itemOf.slug).toBe(introducer);
        const subjects = item.about.map((subject) => subject.id);
        for (const subject of list.about) expect(subjects, item.slug).toContain(subject.id);
      }
    });
    expect(data!['notAList']).toMatchObject({ itemOf: null, items: [] });
  });

  it('can be listed by kind', async () => {
    const { data } = await api.query<{
      findings: { totalCount: number; edges: { node: { kind: string } }[] };
    }>(`{ findings(kind: RECOMMENDATION, first: 100) { totalCount edges { node { kind } } } }`);
    expect(data!.findings.totalCount).toBeGreaterThan(0);
    expect(data!.findings.edges.every((edge) => edge.node.kind === 'RECOMMENDATION')).toBe(true);
  });
});

describe('list filters', () => {
  it('finds instruments by theme and horizon, findings by essay and concept, concepts by label prefix', async () => {
    const { data, errors } = await api.query<{
      instruments: { edges: { node: { slug: string } }[] };
      findings: {
        totalCount: number;
        edges: {
          node: {
            about: { slug?: string }[];
            evidence: { passage: { document: { __typename: string } } };
          };
        }[];
      };
      preface: { totalCount: number };
      concepts: { edges: { node: { slug: string } }[] };
    }>(`{
      instruments(theme: "weerbaarheid", horizon: LONG) { edges { node { slug } } }
      findings(document: "bouwstenen-voor-de-regionale-arbeidsmarkt", concept: "weerbaarheid", first: 100) {
        totalCount edges { node { about { ... on Concept { slug } } evidence { passage { document { __typename } } } } } }
      preface: findings(document: "voorwoord-kks-essays") { totalCount }
      concepts(labelPrefix: "Related VAR") { edges { node { slug } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.instruments.edges.map((edge) => edge.node.slug)).toEqual([
      'leven-lang-leren',
      'transitiebeleid',
    ]);
    expect(data!.findings.totalCount).toBeGreaterThan(0);
    for (const { node } of data!.findings.edges) {
      expect(node.about.map((subject) => subject.slug)).toContain('weerbaarheid');
      expect(node.evidence.passage.document.__typename).toBe('Essay');
    }
    expect(data!.preface.totalCount).toBeGreaterThan(0);
    expect(data!.concepts.edges.map((edge) => edge.node.slug)).toEqual(['gerelateerde-varieteit']);
  });
});

describe('concept ordering', () => {
  it('orders concepts by how many passages mention them, paging through ties by cursor', async () => {
    type Page = {
      concepts: {
        edges: { node: { slug: string; passageCount: number; mentions: { totalCount: number } } }[];
        pageInfo: { endCursor: string };
      };
    };
    const page = `query ($after: String) { concepts(orderBy: { field: PASSAGE_COUNT, direction: DESC }, first: 10, after: $after) {
      edges { node { slug passageCount mentions { totalCount } } } pageInfo { endCursor } } }`;
    const first = (await api.query<Page>(page)).data!.concepts;
    const second = (await api.query<Page>(page, { after: first.pageInfo.endCursor })).data!
      .concepts;
    const nodes = [...first.edges, ...second.edges].map((edge) => edge.node);
    expect(new Set(nodes.map((node) => node.slug)).size).toBe(20);
    const counts = nodes.map((node) => node.passageCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const node of nodes) expect(node.passageCount).toBe(node.mentions.totalCount);
    expect(counts[0]).toBeGreaterThan(counts.at(-1)!);
  });
});

describe("an entity's mentions and findings", () => {
  interface Page {
    edges: { cursor: string; node: { slug: string } }[];
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
    totalCount: number;
  }
  type Field = 'mentions' | 'findings';
  const SELECTION: Record<Field, string> = {
    mentions: 'node { passage { slug } }',
    findings: 'node { slug }',
  };

  async function readPage(slug: string, field: Field, args: Record<string, unknown>) {
    const { data, errors } = await api.query<{
      concept: Record<Field, { edges: { cursor: string; node: unknown }[] } & Omit<Page, 'edges'>>;
    }>(
      `query ($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
        concept(slug: $slug) { ${field}(first: $first, after: $after, last: $last, before: $before) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          edges { cursor ${SELECTION[field]} } } } }`,
      { slug, ...args },
    );
    expect(errors).toBeUndefined();
    const page = data!.concept[field];
    const slugOf = (node: unknown) =>
      field === 'mentions'
        ? (node as { passage: { slug: string } }).passage.slug
        : (node as { slug: string }).slug;
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: { slug: slugOf(edge.node) } })),
    } satisfies Page;
  }

  async function slugsForwards(slug: string, field: Field, size: number): Promise<string[]> {
    const slugs: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await readPage(slug, field, { first: size, after });
      slugs.push(...page.edges.map((edge) => edge.node.slug));
      if (!page.pageInfo.hasNextPage) return slugs;
      after = page.pageInfo.endCursor;
    }
  }

  async function slugsBackwards(slug: string, field: Field, size: number): Promise<string[]> {
    const slugs: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page: Page = await readPage(slug, field, { last: size, before });
      slugs.unshift(...page.edges.map((edge) => edge.node.slug));
      if (!page.pageInfo.hasPreviousPage) return slugs;
      before = page.pageInfo.startCursor;
    }
  }

  async function mostMentionedConcept(): Promise<{ slug: string; passageCount: number }> {
    const { data } = await api.query<{
      concepts: { edges: { node: { slug: string; passageCount: number } }[] };
    }>(
      `{ concepts(orderBy: { field: PASSAGE_COUNT, direction: DESC }, first: 1) { edges { node { slug passageCount } } } }`,
    );
    return data!.concepts.edges[0]!.node;
  }

  /** The most mentioned concept that more than four findings are about: a list to page through. */
  async function conceptWithFindings(): Promise<{ slug: string }> {
    const { data } = await api.query<{
      concepts: { edges: { node: { slug: string; findings: { totalCount: number } } }[] };
    }>(
      `{ concepts(orderBy: { field: PASSAGE_COUNT, direction: DESC }, first: 20) {
        edges { node { slug findings(first: 1) { totalCount } } } } }`,
    );
    return data!.concepts.edges
      .map((edge) => edge.node)
      .find((node) => node.findings.totalCount > 4)!;
  }

  it('page through every passage in reading order, forwards and backwards by cursor', async () => {
    const concept = await mostMentionedConcept();
    const all = await readPage(concept.slug, 'mentions', { first: 100 });
    expect(all.totalCount).toBe(concept.passageCount);
    expect(all.edges).toHaveLength(concept.passageCount);
    expect(concept.passageCount).toBeGreaterThan(6);
    const slugs = all.edges.map((edge) => edge.node.slug);
    const readingOrder = [...slugs].sort();
    expect(slugs).toEqual(readingOrder);

    expect(await slugsForwards(concept.slug, 'mentions', 3)).toEqual(slugs);
    expect(await slugsBackwards(concept.slug, 'mentions', 3)).toEqual(slugs);
    const firstPage = await readPage(concept.slug, 'mentions', { first: 3 });
    expect(firstPage.totalCount).toBe(concept.passageCount);
    expect(firstPage.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('page through the findings about a concept in slug order', async () => {
    const concept = await conceptWithFindings();
    const all = await readPage(concept.slug, 'findings', { first: 100 });
    expect(all.totalCount).toBeGreaterThan(4);
    const slugs = all.edges.map((edge) => edge.node.slug);
    expect(slugs).toEqual([...slugs].sort());
    expect(slugs).toHaveLength(all.totalCount);
    expect(await slugsForwards(concept.slug, 'findings', 2)).toEqual(slugs);
    expect(await slugsBackwards(concept.slug, 'findings', 2)).toEqual(slugs);
  });

  it('refuse an oversized page and a cursor from another list as BAD_USER_INPUT', async () => {
    const concept = await conceptWithFindings();
    const findings = await readPage(concept.slug, 'findings', { first: 1 });
    const query = `query ($slug: String!, $first: Int, $after: String) {
      concept(slug: $slug) { mentions(first: $first, after: $after) { totalCount } } }`;
    const oversized = await api.query(query, { slug: concept.slug, first: 101 });
    const foreign = await api.query(query, {
      slug: concept.slug,
      first: 1,
      after: findings.pageInfo.endCursor,
    });
    expect(oversized.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(oversized.errors![0]!.message).toMatch(/first/);
    expect(foreign.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(foreign.errors![0]!.message).toMatch(/belongs to ordering "Concept<-ABOUT"/);
  });
});
