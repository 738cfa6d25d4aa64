/**
 * The programme/essay/author slice through the real HTTP endpoint and the real Neo4j.
 */
import { describe, expect, it } from 'vitest';
import { useHttpApi } from '../support/http-api.js';

const api = useHttpApi();

interface EssayNode {
  id: string;
  slug: string;
  title: string;
  subtitle: string | null;
  project: { title: string; kind: string };
  authors: { position: number; person: { name: string; honorific: string | null } }[];
}

describe('essays', () => {
  it('lists the six essays in series order with their project and ordered authors', async () => {
    const { data, errors } = await api.query<{
      essays: { totalCount: number; edges: { node: EssayNode }[] };
    }>(`{
      essays {
        totalCount
        edges { node { id slug title subtitle project { title kind }
          authors { position person { name honorific } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const essays = data!.essays.edges.map((edge) => edge.node);
    expect(data!.essays.totalCount).toBe(6);
    expect(essays.map((essay) => essay.title)).toEqual([
      'De kracht van de stad in tweevoud',
      'Lessen over buurtontwikkeling en buurtverval',
      'Thuis in de openbare ruimte?',
      'Ondernemerschap en probleemwijken',
      'Bouwstenen voor de regionale arbeidsmarkt',
      'Arbeidsmarkt- en woningmarktdynamiek',
    ]);
    const bouwstenen = essays[4]!;
    expect(bouwstenen.project).toEqual({
      title: 'Brugproject: Bouwstenen voor de regionale arbeidsmarkt',
      kind: 'BRIDGE',
    });
    expect(bouwstenen.authors).toEqual([
      { position: 1, person: { name: 'Arjen Edzes', honorific: 'dr.' } },
      { position: 2, person: { name: 'Ruud Dorenbos', honorific: 'dr.' } },
      { position: 3, person: { name: 'Jouke van Dijk', honorific: 'prof. dr.' } },
    ]);
    expect(essays[1]!.authors.map((author) => author.person.name)).toEqual([
      'Ronald van Kempen',
      'Merle Zwiers',
      'Gideon Bolt',
      'Maarten van Ham',
    ]);
  });

  it('shows that Ruud Dorenbos co-wrote two of the six essays, with his place on each', async () => {
    const { data } = await api.query<{
      person: { name: string; authorships: { position: number; essay: { title: string } }[] };
    }>(`{ person(slug: "ruud-dorenbos") { name authorships { position essay { title } } } }`);
    expect(data!.person.authorships).toEqual([
      { position: 3, essay: { title: 'Ondernemerschap en probleemwijken' } },
      { position: 2, essay: { title: 'Bouwstenen voor de regionale arbeidsmarkt' } },
    ]);
  });

  it('finds exactly one person who authored more than one essay', async () => {
    const { data } = await api.query<{
      people: { totalCount: number; edges: { node: { name: string; authorships: unknown[] } }[] };
    }>(`{ people(first: 100) { totalCount edges { node { name authorships { position } } } } }`);
    const prolific = data!.people.edges.filter((edge) => edge.node.authorships.length > 1);
    expect(prolific.map((edge) => edge.node.name)).toEqual(['Ruud Dorenbos']);
    expect(data!.people.totalCount).toBe(14);
  });

  it('names the preface writer, his role and the essays the preface introduces', async () => {
    const { data } = await api.query<{
      essay: {
        preface: {
          title: string;
          writerRole: string;
          writer: {
            name: string;
            affiliations: { role: string; organisation: { name: string } }[];
          };
          essays: { seriesPosition: number }[];
        };
      };
    }>(`{ essay(slug: "bouwstenen-voor-de-regionale-arbeidsmarkt") {
          preface { title writerRole writer { name affiliations { role organisation { name } } }
                    essays { seriesPosition } } } }`);
    const preface = data!.essay.preface;
    expect(preface.title).toBe('Voorwoord');
    expect(preface.writer.name).toBe('Geert Teisman');
    expect(preface.writerRole).toBe('wetenschappelijk directeur Platform31');
    expect(preface.writer.affiliations).toEqual([
      { role: 'wetenschappelijk directeur', organisation: { name: 'Platform31' } },
    ]);
    expect(preface.essays.map((essay) => essay.seriesPosition)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('programme', () => {
  it('returns KKS with its period, project count, coordinator and six bridge projects', async () => {
    const { data, errors } = await api.query<{
      programmes: { edges: { node: Record<string, unknown> }[] };
    }>(`{ programmes { edges { node {
          name acronym startYear endYear endMonth projectCountAtLeast projectCountSource
          coordinator { name }
          projects(first: 10) { totalCount edges { node { title kind essays { title } } } }
        } } } }`);
    expect(errors).toBeUndefined();
    expect(data!.programmes.edges).toHaveLength(1);
    const programme = data!.programmes.edges[0]!.node as {
      projects: { totalCount: number; edges: { node: { kind: string; essays: unknown[] } }[] };
    } & Record<string, unknown>;
    expect(programme).toMatchObject({
      name: 'Kennis voor Krachtige Steden',
      acronym: 'KKS',
      startYear: 2006,
      endYear: 2015,
      endMonth: 2,
      projectCountAtLeast: 50,
      projectCountSource: 'In ruim vijftig projecten',
      coordinator: { name: 'Platform31' },
    });
    expect(programme.projects.totalCount).toBe(6);
    for (const { node } of programme.projects.edges) {
      expect(node.kind).toBe('BRIDGE');
      expect(node.essays).toHaveLength(1);
    }
  });

  it('filters projects by kind', async () => {
    const { data } = await api.query<{
      bridge: { totalCount: number };
      research: { totalCount: number; edges: unknown[] };
    }>(`{ bridge: projects(kind: BRIDGE) { totalCount }
          research: projects(kind: RESEARCH) { totalCount edges { cursor } } }`);
    expect(data!.bridge.totalCount).toBe(6);
    expect(data!.research).toEqual({ totalCount: 0, edges: [] });
  });
});

describe('global ids', () => {
  it('resolves every id the API hands out back to the same node, via node and nodes', async () => {
    const { data } = await api.query<{
      essays: {
        edges: {
          node: { id: string; title: string; authors: { person: { id: string; name: string } }[] };
        }[];
      };
    }>(`{ essays { edges { node { id title authors { person { id name } } } } } }`);
    const essay = data!.essays.edges[4]!.node;
    const author = essay.authors[1]!.person;
    const lookup = await api.query<{
      node: { title: string };
      nodes: ({ name?: string; title?: string } | null)[];
    }>(
      `query ($essay: ID!, $ids: [ID!]!) {
        node(id: $essay) { ... on Essay { title } }
        nodes(ids: $ids) { ... on Person { name } ... on Essay { title } }
      }`,
      { essay: essay.id, ids: [author.id, essay.id, 'UGVyc29uOm5vYm9keQ'] },
    );
    expect(lookup.errors).toBeUndefined();
    expect(lookup.data!.node.title).toBe('Bouwstenen voor de regionale arbeidsmarkt');
    expect(lookup.data!.nodes).toEqual([{ name: 'Ruud Dorenbos' }, { title: essay.title }, null]);
  });

  it('rejects an id it did not issue with BAD_USER_INPUT, leaving the rest of the answer intact', async () => {
    const { data, errors } = await api.query<{ essay: { slug: string } | null; node: unknown }>(
      `{ essay(slug: "thuis-in-de-openbare-ruimte") { slug } node(id: "not-an-id") { id } }`,
    );
    expect(data!.essay).toEqual({ slug: 'thuis-in-de-openbare-ruimte' });
    expect(errors).toEqual([
      expect.objectContaining({ path: ['node'], extensions: { code: 'BAD_USER_INPUT' } }),
    ]);
    expect(errors![0]!.message).toContain('"not-an-id"');
  });
});

describe('pagination', () => {
  const page = `query ($first: Int, $after: String, $last: Int, $before: String) {
    essays(first: $first, after: $after, last: $last, before: $before) {
      edges { cursor node { seriesPosition } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    } }`;
  type Page = {
    essays: {
      edges: { cursor: string; node: { seriesPosition: number } }[];
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string;
        endCursor: string;
      };
    };
  };
  const positions = (result: Page) => result.essays.edges.map((edge) => edge.node.seriesPosition);

  it('walks forwards with first/after and backwards with last/before over the same items', async () => {
    const first = (await api.query<Page>(page, { first: 4 })).data!;
    expect(positions(first)).toEqual([1, 2, 3, 4]);
    expect(first.essays.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (
      await api.query<Page>(page, { first: 4, after: first.essays.pageInfo.endCursor })
    ).data!;
    expect(positions(second)).toEqual([5, 6]);
    expect(second.essays.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = (
      await api.query<Page>(page, { last: 3, before: second.essays.pageInfo.startCursor })
    ).data!;
    expect(positions(back)).toEqual([2, 3, 4]);
    expect(back.essays.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const tail = (await api.query<Page>(page, { last: 2 })).data!;
    expect(positions(tail)).toEqual([5, 6]);
  });

  it('walks a list read in index order (findings by slug) page by page, both ways, to the same items', async () => {
    type FindingPage = {
      findings: {
        totalCount: number;
        edges: { node: { slug: string } }[];
        pageInfo: {
          hasNextPage: boolean;
          hasPreviousPage: boolean;
          startCursor: string;
          endCursor: string;
        };
      };
    };
    const read = async (variables: Record<string, unknown>) =>
      (
        await api.query<FindingPage>(
          `query ($first: Int, $after: String, $last: Int, $before: String) {
            findings(first: $first, after: $after, last: $last, before: $before) {
              totalCount edges { node { slug } }
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
          variables,
        )
      ).data!.findings;
    const slugs = (page: FindingPage['findings']) => page.edges.map((edge) => edge.node.slug);
    const forwards: string[] = [];
    let page = await read({ first: 7 });
    const total = page.totalCount;
    forwards.push(...slugs(page));
    while (page.pageInfo.hasNextPage) {
      page = await read({ first: 7, after: page.pageInfo.endCursor });
      forwards.push(...slugs(page));
    }
    expect(forwards).toHaveLength(total);
    expect(forwards).toEqual([...forwards].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(forwards).size).toBe(total);
    const backwards: string[] = [];
    page = await read({ last: 7 });
    backwards.unshift(...slugs(page));
    while (page.pageInfo.hasPreviousPage) {
      page = await read({ last: 7, before: page.pageInfo.startCursor });
      backwards.unshift(...slugs(page));
    }
    expect(backwards).toEqual(forwards);
  });

  it('orders by title descending on request', async () => {
    const { data } = await api.query<{ essays: { edges: { node: { title: string } }[] } }>(
      `{ essays(first: 2, orderBy: { field: TITLE, direction: DESC }) { edges { node { title } } } }`,
    );
    expect(data!.essays.edges.map((edge) => edge.node.title)).toEqual([
      'Thuis in de openbare ruimte?',
      'Ondernemerschap en probleemwijken',
    ]);
  });

  it.each([
    [{ first: 101 }, '`first` must be an integer from 0 to 100 (got 101)'],
    [{ first: -1 }, '`first` must be an integer from 0 to 100 (got -1)'],
    [{ first: 1, last: 1 }, 'Pass either `first` or `last`, not both'],
    [{ after: 'bm9wZQ' }, 'Cursor "bm9wZQ" is not a cursor this API issued'],
  ])('rejects %j with BAD_USER_INPUT and a null list', async (variables, message) => {
    const { data, errors } = await api.query(page, variables);
    expect(data).toEqual({ essays: null });
    expect(errors).toEqual([
      expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT' } }),
    ]);
  });

  it('rejects a cursor from another ordering', async () => {
    const { data } = await api.query<{ people: { pageInfo: { endCursor: string } } }>(
      `{ people(first: 1) { pageInfo { endCursor } } }`,
    );
    const { errors } = await api.query(page, { first: 1, after: data!.people.pageInfo.endCursor });
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toContain(
      'belongs to ordering "Person.sortKey.ASC", not Essay.seriesPosition.ASC',
    );
  });
});

describe('query limits', () => {
  it('refuses a query nested deeper than 12 levels before running it', async () => {
    const nested = 'relatedFindings { finding { '.repeat(6) + 'slug' + ' } }'.repeat(6);
    const { data, errors } = await api.query(
      `{ finding(slug: "werkloosheid-2014-q1") { ${nested} } }`,
    );
    expect(data).toBeUndefined();
    expect(errors![0]!.message).toMatch(/depth limit of 12/i);
    expect(errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses more than 100 aliases', async () => {
    const aliases = Array.from(
      { length: 101 },
      (_, index) => `a${index}: essays { totalCount }`,
    ).join(' ');
    const { errors } = await api.query(`{ ${aliases} }`);
    expect(errors![0]!.message).toMatch(/aliases/i);
  });
});
