/**
 * The API's contract, over the real HTTP endpoint and the seeded graph: every connection answers at
 * its largest page with the selection a client naturally asks for, lists and labels come in Dutch
 * alphabetical order, one grammar names nodes and filters, a failing field leaves the rest of the
 * answer standing, and the cost limit refuses what would be too much before it runs.
 */
import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_COST } from '../../src/graphql/cost.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { useHttpApi, type GraphQLResponse } from '../support/http-api.js';

const api = useHttpApi();

const DUTCH = new Intl.Collator('nl', { sensitivity: 'base', ignorePunctuation: true });

async function answer<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await api.query<T>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

interface Connection<N> {
  totalCount: number;
  edges: { cursor: string; node: N }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const nl = (labels: string) => labels;

/** What a client asks of each type when it lists it: its own fields and its near links. */
const SELECTION = {
  programme: `id slug name acronym startYear endYear endMonth projectCountAtLeast projectCountSource
    coordinator { slug } projects { totalCount edges { node { slug } } }`,
  project: 'id slug title kind programme { slug } essays { slug title seriesPosition }',
  organisation: `id slug name kind nl: label en: label(lang: EN) altNl: altLabels altEn: altLabels(lang: EN)
    affiliations { role person { slug } organisation { slug } } coordinatedProgrammes { slug }
    mentions { totalCount edges { node { page } } } findings { totalCount edges { node { slug } } }`,
  essay: `id slug title subtitle seriesPosition project { slug } preface { slug }
    authors { position person { slug name } essay { slug } }
    sections { slug title ordinal page document { ... on Node { id } } passages { totalCount } }`,
  person: `id slug name honorific authorships { position essay { slug } } prefaces { slug }
    affiliations { role organisation { slug } }`,
  passage: `id slug text ordinal kind marker page pageEnd footnotes section { slug } document { ... on Node { id } }
    previous { slug } next { slug } mentions { count surfaces page quote entity { ... on Node { id } } }
    findings { totalCount edges { node { slug } } }`,
  concept: `id slug nl: label en: label(lang: EN) altNl: altLabels altEn: altLabels(lang: EN)
    definition definitionEn: definition(lang: EN) definitionSource passageCount
    broader { totalCount edges { node { slug } } } narrower { totalCount edges { node { slug } } }
    related { totalCount edges { node { slug } } } mentions { totalCount } findings { totalCount }`,
  theme: `id slug nl: label en: label(lang: EN) altNl: altLabels altEn: altLabels(lang: EN)
    definition definitionEn: definition(lang: EN) definitionSource
    instruments { table { caption } page horizon instrument { slug } theme { slug } } findings { totalCount }`,
  instrument: `id slug nl: label en: label(lang: EN) altNl: altLabels altEn: altLabels(lang: EN) horizon
    themes { table { caption } page horizon theme { slug } } mentions { totalCount } findings { totalCount }`,
  region: `id slug nl: label en: label(lang: EN) altNl: altLabels altEn: altLabels(lang: EN) kind
    partOf { slug } parts { totalCount edges { node { slug } } } mentions { totalCount } findings { totalCount }`,
  regulation: `id slug nl: label en: label(lang: EN) altNl: altLabels altEn: altLabels(lang: EN)
    mentions { totalCount edges { node { page passage { slug } } } } findings { totalCount }`,
  finding: `id slug kind nl: statement en: statement(lang: EN) evidence { quote page passage { slug page } }
    about { ... on Node { id } } statistic { indicator measures measuresEn: measures(lang: EN) value unit period qualifier }`,
  searchHit: `type score snippet highlights { start end } node { ... on Node { id } }`,
};

/** Every list of the graph a client pages through from the root, with how many items it holds. */
const ROOT_CONNECTIONS = [
  { field: 'programmes', selection: SELECTION.programme, total: 1 },
  { field: 'projects', selection: SELECTION.project, total: 6 },
  { field: 'organisations', selection: SELECTION.organisation, total: 12 },
  { field: 'essays', selection: SELECTION.essay, total: 6 },
  { field: 'people', selection: SELECTION.person, total: 14 },
  { field: 'passages', selection: SELECTION.passage, total: 57 },
  { field: 'concepts', selection: SELECTION.concept, total: 93 },
  { field: 'themes', selection: SELECTION.theme, total: 3 },
  { field: 'instruments', selection: SELECTION.instrument, total: 21 },
  { field: 'regions', selection: SELECTION.region, total: 20 },
  { field: 'regulations', selection: SELECTION.regulation, total: 9 },
  { field: 'findings', selection: SELECTION.finding, total: 150 },
  { field: 'search(query: "regio")', selection: SELECTION.searchHit, total: null },
] as const;

describe('every connection at its largest page, with the selection a client asks for', () => {
  it.each(ROOT_CONNECTIONS)('$field(first: 100)', async ({ field, selection, total }) => {
    const name = field.replace(/\(.*/, '');
    const response = await api.query<Record<string, Connection<{ id?: string; slug?: string }>>>(
      `{ ${field.includes('(') ? field.replace(')', ', first: 100)') : `${field}(first: 100)`} {
           ${PAGE} edges { cursor node { ${selection} } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const extensions = (
      response as GraphQLResponse & { extensions?: { cost?: { requested: number; limit: number } } }
    ).extensions;
    expect(extensions?.cost?.requested).toBeLessThanOrEqual(MAX_COST);
    const connection = response.data![name]!;
    if (total !== null) expect(connection.totalCount).toBe(total);
    expect(connection.edges).toHaveLength(Math.min(100, connection.totalCount));
    expect(connection.pageInfo.hasNextPage).toBe(connection.totalCount > 100);
    expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)!.cursor);
  });

  it.each([
    [
      'Concept',
      'gerelateerde-varieteit',
      'mentions(first: 100)',
      'count surfaces page quote passage { slug text }',
    ],
    ['Concept', 'inclusiviteit', 'findings(first: 100)', SELECTION.finding],
    ['Concept', 'krimp', 'related(first: 100)', 'slug nl: label broader { totalCount }'],
    ['Concept', 'krimp', 'broader(first: 100)', 'slug nl: label'],
    ['Concept', 'demografische-transitie', 'narrower(first: 100)', 'slug nl: label'],
    ['Region', 'nederland', 'parts(first: 100)', 'slug kind nl: label'],
    ['Region', 'nederland', 'mentions(first: 100)', 'count page quote passage { slug }'],
    ['Region', 'nederland', 'findings(first: 100)', SELECTION.finding],
    ['PolicyInstrument', 'job-carving', 'mentions(first: 100)', 'count page passage { slug }'],
    ['PolicyInstrument', 'job-carving', 'findings(first: 100)', 'slug'],
    ['Organisation', 'platform31', 'findings(first: 100)', 'slug evidence { page }'],
    ['Organisation', 'oecd', 'mentions(first: 100)', 'count page passage { slug }'],
    ['Regulation', 'participatiewet', 'mentions(first: 100)', 'count page passage { slug }'],
    ['Regulation', 'participatiewet', 'findings(first: 100)', 'slug'],
    ['Theme', 'inclusiviteit', 'findings(first: 100)', SELECTION.finding],
    [
      'Section',
      'bouwstenen-voor-de-regionale-arbeidsmarkt--inleiding',
      'passages(first: 100)',
      SELECTION.passage,
    ],
    ['Passage', 'voorwoord-kks-essays--p003', 'findings(first: 100)', SELECTION.finding],
    ['Programme', 'kennis-voor-krachtige-steden', 'projects(first: 100)', SELECTION.project],
  ])('%s %s: %s', async (type, slug, field, selection) => {
    const lookup =
      type === 'PolicyInstrument' ? 'instrument' : type[0]!.toLowerCase() + type.slice(1);
    const data = await answer<Record<string, Record<string, Connection<unknown>>>>(
      `{ ${lookup}(slug: "${slug}") { list: ${field} { ${PAGE} edges { cursor node { ${selection} } } } } }`,
    );
    const connection = data[lookup]!['list']!;
    expect(connection.totalCount).toBeGreaterThan(0);
    expect(connection.edges).toHaveLength(Math.min(100, connection.totalCount));
    expect(connection.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });
});

describe('paging back and forth', () => {
  it.each(ROOT_CONNECTIONS.filter(({ total }) => total === null || total > 3))(
    '$field gives the same items forwards (first/after) and backwards (last/before)',
    async ({ field }) => {
      const name = field.replace(/\(.*/, '');
      const args = field.includes('(') ? field.slice(field.indexOf('(') + 1, -1) + ', ' : '';
      type Page = Record<string, Connection<{ id: string }>>;
      const id = name === 'search' ? 'node { ... on Node { id } }' : 'id';
      const read = async (paging: string) =>
        (
          await answer<Page>(
            `{ ${name}(${args}${paging}) { ${PAGE} edges { cursor node { ${id} } } } }`,
          )
        )[name]!;
      const ids = (page: Connection<{ id?: string; node?: { id: string } }>) =>
        page.edges.map((edge) => edge.node.id ?? edge.node.node!.id);
      const all = await read('first: 100');
      if (all.pageInfo.hasNextPage) {
        const rest = await read(`first: 100, after: "${all.pageInfo.endCursor}"`);
        all.edges.push(...rest.edges);
        expect(rest.pageInfo.hasNextPage).toBe(false);
      }
      expect(all.edges).toHaveLength(all.totalCount);
      const head = await read('first: 2');
      const next = await read(`first: 2, after: "${head.pageInfo.endCursor}"`);
      expect([...ids(head), ...ids(next)]).toEqual(ids(all).slice(0, 4));
      expect(next.pageInfo.hasPreviousPage).toBe(true);
      const tail = await read(`last: 2, before: "${next.pageInfo.startCursor}"`);
      expect(ids(tail)).toEqual(ids(all).slice(0, 2));
      const end = await read('last: 3');
      expect(ids(end)).toEqual(ids(all).slice(-3));
      expect(end.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    },
  );
});

describe('documents', () => {
  it('list their sections in reading order, each with its passages, page and document', async () => {
    const data = await answer<
      Record<
        string,
        {
          id: string;
          sections: {
            ordinal: number;
            page: number;
            title: string;
            document: { id: string };
            passages: Connection<{ ordinal: number; page: number }>;
          }[];
        }
      >
    >(`{ preface(slug: "voorwoord-kks-essays") { ...sections }
          essay(slug: "bouwstenen-voor-de-regionale-arbeidsmarkt") { ...sections } }
        fragment sections on Document { ... on Node { id }
          ... on Preface { sections { ...section } } ... on Essay { sections { ...section } } }
        fragment section on Section { ordinal page title document { ... on Node { id } }
          passages(first: 100) { totalCount edges { node { ordinal page } } } }`);
    expect(data['preface']!.sections.map((section) => section.title)).toEqual(['Voorwoord']);
    expect(data['essay']!.sections).toHaveLength(6);
    for (const document of Object.values(data)) {
      const ordinals = document.sections.flatMap((section) =>
        section.passages.edges.map((edge) => edge.node.ordinal),
      );
      expect(ordinals).toEqual(ordinals.map((_, index) => index + 1));
      document.sections.forEach((section, index) => {
        expect(section.ordinal).toBe(index + 1);
        expect(section.document.id).toBe(document.id);
        expect(section.passages.edges[0]!.node.page).toBe(section.page);
      });
    }
  });
});

describe('paging short lists', () => {
  it.each(['themes', 'programmes'])('%s page one item at a time both ways', async (field) => {
    type Page = Record<string, Connection<{ id: string }>>;
    const read = async (paging: string) =>
      (await answer<Page>(`{ ${field}(${paging}) { ${PAGE} edges { cursor node { id } } } }`))[
        field
      ]!;
    const all = await read('first: 100');
    const first = await read('first: 1');
    const rest = await read(`first: 100, after: "${first.pageInfo.endCursor}"`);
    expect([...first.edges, ...rest.edges].map((edge) => edge.node.id)).toEqual(
      all.edges.map((edge) => edge.node.id),
    );
    const last = await read('last: 1');
    const before = await read(`last: 100, before: "${last.pageInfo.startCursor}"`);
    expect([...before.edges, ...last.edges].map((edge) => edge.node.id)).toEqual(
      all.edges.map((edge) => edge.node.id),
    );
    expect(before.pageInfo.hasPreviousPage).toBe(false);
  });
});

describe('every enum value a client can send', () => {
  it('regions(kind:) returns exactly the regions of each kind', async () => {
    const kinds = ['MUNICIPALITY', 'REGION', 'PROVINCE', 'COUNTRY', 'SUPRANATIONAL', 'PLACE'];
    const data = await answer<Record<string, Connection<{ kind: string }>>>(
      `{ all: regions(first: 100) { totalCount }
         ${kinds.map((kind) => `${kind}: regions(kind: ${kind}, first: 100) { totalCount edges { node { kind } } }`).join(' ')} }`,
    );
    let total = 0;
    for (const kind of kinds) {
      const regions = data[kind]!;
      expect(regions.edges.every((edge) => edge.node.kind === kind)).toBe(true);
      total += regions.totalCount;
    }
    expect(total).toBe(data['all']!.totalCount);
    expect(data['PROVINCE']!.totalCount).toBeGreaterThan(0);
    expect(data['MUNICIPALITY']!.totalCount).toBeGreaterThan(0);
  });

  it('findings(kind:) returns exactly the findings of each kind', async () => {
    const kinds = ['CLAIM', 'RECOMMENDATION', 'DEFINITION', 'STATISTIC'];
    const data = await answer<Record<string, Connection<{ kind: string }>>>(
      `{ all: findings { totalCount }
         ${kinds.map((kind) => `${kind}: findings(kind: ${kind}, first: 100) { totalCount edges { node { kind } } }`).join(' ')} }`,
    );
    for (const kind of kinds) {
      expect(data[kind]!.totalCount).toBeGreaterThan(0);
      expect(data[kind]!.edges.every((edge) => edge.node.kind === kind)).toBe(true);
    }
    expect(kinds.reduce((sum, kind) => sum + data[kind]!.totalCount, 0)).toBe(
      data['all']!.totalCount,
    );
  });

  it.each([
    ['PASSAGE', 'Passage', 'regio'],
    ['FINDING', 'Finding', 'regio'],
    ['CONCEPT', 'Concept', 'regio'],
    ['THEME', 'Theme', 'weerbaarheid'],
    ['INSTRUMENT', 'PolicyInstrument', 'fondsvorming'],
    ['REGION', 'Region', 'limburg'],
    ['ORGANISATION', 'Organisation', 'commissie'],
    ['REGULATION', 'Regulation', 'participatiewet'],
  ])('search(types: [%s]) finds only %s nodes', async (type, typename, query) => {
    const data = await answer<{
      search: Connection<{ type: string; node: { __typename: string } }>;
    }>(
      `{ search(query: "${query}", types: [${type}], first: 100) { totalCount edges { node { type node { __typename } } } } }`,
    );
    expect(data.search.totalCount).toBeGreaterThan(0);
    for (const { node } of data.search.edges)
      expect(node).toEqual({ type, node: { __typename: typename } });
  });

  it.each([
    ['PASSAGE', 'Passage', 'Concept:job-carving'],
    ['SECTION', 'Section', 'Passage:bouwstenen-voor-de-regionale-arbeidsmarkt--p012'],
    ['ESSAY', 'Essay', 'Person:ruud-dorenbos'],
    ['PREFACE', 'Preface', 'Person:geert-teisman'],
    ['FINDING', 'Finding', 'Concept:job-carving'],
    ['CONCEPT', 'Concept', 'Concept:krimp'],
    ['THEME', 'Theme', 'PolicyInstrument:job-carving'],
    ['INSTRUMENT', 'PolicyInstrument', 'Theme:weerbaarheid'],
    ['REGION', 'Region', 'Region:zuid-limburg'],
    ['ORGANISATION', 'Organisation', 'Programme:kennis-voor-krachtige-steden'],
    ['REGULATION', 'Regulation', 'Passage:bouwstenen-voor-de-regionale-arbeidsmarkt--p004'],
    ['PERSON', 'Person', 'Essay:bouwstenen-voor-de-regionale-arbeidsmarkt'],
    ['PROJECT', 'Project', 'Essay:bouwstenen-voor-de-regionale-arbeidsmarkt'],
    ['PROGRAMME', 'Programme', 'Project:brugproject-goed-bestuur'],
    ['TABLE', 'Table', 'PolicyInstrument:quotumregeling'],
  ])('neighbourhood(types: [%s]) passes only through %s nodes', async (type, typename, center) => {
    const data = await answer<{
      neighbourhood: { center: { id: string }; nodes: { id: string; __typename: string }[] };
    }>(
      `{ neighbourhood(id: "${center}", types: [${type}], depth: 2, first: 200) { center { id } nodes { id __typename } } }`,
    );
    const others = data.neighbourhood.nodes.filter(
      (node) => node.id !== data.neighbourhood.center.id,
    );
    expect(others.length).toBeGreaterThan(0);
    for (const node of others) expect(node.__typename).toBe(typename);
  });

  it('suggest(first:) bounds the suggestions', async () => {
    const data = await answer<{ few: unknown[]; many: unknown[] }>(
      `{ few: suggest(prefix: "a", types: [CONCEPT], first: 2) { label } many: suggest(prefix: "a", types: [CONCEPT], first: 20) { label } }`,
    );
    expect(data.few).toHaveLength(2);
    expect(data.many.length).toBeGreaterThan(2);
  });
});

describe('Dutch alphabetical order', () => {
  it.each([
    ['concepts', 'nl: label', 'orderBy: { field: LABEL, direction: ASC }'],
    ['themes', 'nl: label', ''],
    ['instruments', 'nl: label', ''],
    ['regions', 'nl: label', ''],
    ['regulations', 'nl: label', ''],
    ['organisations', 'nl: name', 'orderBy: { field: NAME }'],
    ['people', 'nl: name', 'orderBy: { field: NAME, direction: ASC }'],
    ['projects', 'nl: title', 'orderBy: { field: TITLE }'],
    ['essays', 'nl: title', 'orderBy: { field: TITLE }'],
    ['programmes', 'nl: name', 'orderBy: { field: NAME }'],
  ])('%s sort by name case-, accent- and punctuation-blind', async (field, name, order) => {
    const data = await answer<Record<string, Connection<{ nl: string }>>>(
      `{ ${field}(first: 100${order ? `, ${order}` : ''}) { edges { node { ${name} } } } }`,
    );
    const names = data[field]!.edges.map((edge) => edge.node.nl);
    expect(names.length).toBeGreaterThan(0);
    for (let index = 1; index < names.length; index++) {
      expect(
        DUTCH.compare(names[index - 1]!, names[index]!),
        `${names[index - 1]} before ${names[index]}`,
      ).toBeLessThanOrEqual(0);
    }
  });

  it('sorts descending on request, and by series position or start year where asked', async () => {
    const data = await answer<{
      concepts: Connection<{ nl: string }>;
      essays: Connection<{ seriesPosition: number }>;
      programmes: Connection<{ startYear: number }>;
    }>(`{ concepts(first: 100, orderBy: { field: LABEL, direction: DESC }) { edges { node { ${nl('nl: label')} } } }
          essays(orderBy: { field: SERIES_POSITION }) { edges { node { seriesPosition } } }
          programmes(orderBy: { field: START_YEAR, direction: DESC }) { edges { node { startYear } } } }`);
    const names = data.concepts.edges.map((edge) => edge.node.nl);
    expect([...names].sort(DUTCH.compare).reverse()).toEqual(names);
    expect(data.essays.edges.map((edge) => edge.node.seriesPosition)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(data.programmes.edges.map((edge) => edge.node.startYear)).toEqual([2006]);
  });

  it('keeps the printed column order of Table 1 in the instrument matrix', async () => {
    const data = await answer<{
      instrumentMatrix: {
        themes: { slug: string }[];
        cells: { theme: { slug: string }; horizon: string }[];
      };
    }>(`{ instrumentMatrix { themes { slug } cells { theme { slug } horizon } } }`);
    expect(data.instrumentMatrix.themes.map((theme) => theme.slug)).toEqual([
      'inclusiviteit',
      'weerbaarheid',
      'institutionele-hervorming',
    ]);
    expect(data.instrumentMatrix.cells.map((cell) => `${cell.theme.slug}/${cell.horizon}`)).toEqual(
      [
        'inclusiviteit/SHORT',
        'inclusiviteit/LONG',
        'weerbaarheid/SHORT',
        'weerbaarheid/LONG',
        'institutionele-hervorming/SHORT',
        'institutionele-hervorming/LONG',
      ],
    );
  });
});

describe('naming nodes', () => {
  it.each([
    ['programme', 'Programme', 'kennis-voor-krachtige-steden'],
    ['project', 'Project', 'brugproject-goed-bestuur'],
    ['organisation', 'Organisation', 'platform31'],
    ['essay', 'Essay', 'bouwstenen-voor-de-regionale-arbeidsmarkt'],
    ['preface', 'Preface', 'voorwoord-kks-essays'],
    ['person', 'Person', 'ruud-dorenbos'],
    ['section', 'Section', 'bouwstenen-voor-de-regionale-arbeidsmarkt--kijkrichting'],
    ['passage', 'Passage', 'bouwstenen-voor-de-regionale-arbeidsmarkt--p012'],
    ['concept', 'Concept', 'job-carving'],
    ['theme', 'Theme', 'weerbaarheid'],
    ['instrument', 'PolicyInstrument', 'job-carving'],
    ['region', 'Region', 'zuid-limburg'],
    ['regulation', 'Regulation', 'participatiewet'],
    ['finding', 'Finding', 'steden-knooppunten-netwerksamenleving'],
  ])(
    '%s(slug:), %s(id:) with a global id or `Type:slug`, and both agreeing find one node',
    async (field, type, slug) => {
      const id = toGlobalId(type as never, slug);
      const data = await answer<Record<string, { id: string; slug: string }>>(
        `query ($slug: String, $id: ID, $readable: ID) {
         bySlug: ${field}(slug: $slug) { id slug }
         byId: ${field}(id: $id) { id slug }
         byReadable: ${field}(id: $readable) { id slug }
         byBoth: ${field}(slug: $slug, id: $id) { id slug } }`,
        { slug, id, readable: `${type}:${slug}` },
      );
      for (const found of Object.values(data)) expect(found).toEqual({ id, slug });
    },
  );

  it('refuses a lookup with neither, or with a slug and an id that disagree, or an id of another type', async () => {
    const { data, errors } = await api.query(
      `{ none: concept { slug } clash: concept(slug: "job-carving", id: "Concept:inclusiviteit") { slug }
         other: concept(id: "Region:zuid-limburg") { slug } found: concept(slug: "job-carving") { slug } }`,
    );
    expect(data).toEqual({ none: null, clash: null, other: null, found: { slug: 'job-carving' } });
    expect(errors!.map((error) => [error.path![0], error.extensions!.code, error.message])).toEqual(
      [
        ['none', 'BAD_USER_INPUT', "Give the Concept's `slug` or its `id`"],
        [
          'clash',
          'BAD_USER_INPUT',
          '`slug` "job-carving" and `id` (Concept "inclusiviteit") name different nodes; give one',
        ],
        ['other', 'BAD_USER_INPUT', '`id` must name a Concept (got Region "zuid-limburg")'],
      ],
    );
  });

  it('takes `Type:slug` wherever a node is named by id: node, nodes, neighbourhood, paths, bridge', async () => {
    const data = await answer<{
      node: { id: string };
      nodes: { id: string }[];
      neighbourhood: { center: { id: string } };
      paths: { length: number }[];
      bridge: { a: { id: string }; b: { id: string } };
    }>(`{ node(id: "Concept:job-carving") { id } nodes(ids: ["Region:randstad", "Theme:weerbaarheid"]) { id }
          neighbourhood(id: "Region:zuid-limburg", first: 3) { center { id } }
          paths(from: "Concept:job-carving", to: "Theme:inclusiviteit", maxLength: 3) { length }
          bridge(a: "Essay:bouwstenen-voor-de-regionale-arbeidsmarkt", b: "Preface:voorwoord-kks-essays") { a { id } b { id } } }`);
    expect(data.node.id).toBe(toGlobalId('Concept', 'job-carving'));
    expect(data.nodes.map((node) => node.id)).toEqual([
      toGlobalId('Region', 'randstad'),
      toGlobalId('Theme', 'weerbaarheid'),
    ]);
    expect(data.neighbourhood.center.id).toBe(toGlobalId('Region', 'zuid-limburg'));
    expect(data.paths.length).toBeGreaterThan(0);
    expect(data.bridge.b.id).toBe(toGlobalId('Preface', 'voorwoord-kks-essays'));
  });
});

describe('filters take what a person types', () => {
  it('finds a theme by its printed column header, any case or accent, as by its slug', async () => {
    const data = await answer<Record<string, Connection<{ slug: string }>>>(
      `{ header: instruments(theme: "Hervorming", first: 100) { totalCount edges { node { slug } } }
         shouted: instruments(theme: "HERVORMING", first: 100) { totalCount }
         slug: instruments(theme: "institutionele-hervorming", first: 100) { totalCount edges { node { slug } } }
         english: instruments(theme: "institutional reform", horizon: LONG) { totalCount }
         short: instruments(horizon: SHORT) { totalCount } }`,
    );
    expect(data['header']!.totalCount).toBe(5);
    expect(data['shouted']!.totalCount).toBe(5);
    expect(data['slug']!.edges).toEqual(data['header']!.edges);
    expect(data['english']!.totalCount).toBe(4);
    expect(data['short']!.totalCount).toBe(12);
  });

  it('refuses a value that names nothing as BAD_USER_INPUT listing the valid ones, never an empty list', async () => {
    const { data, errors } = await api.query(
      `{ instruments(theme: "Duurzaamheid") { totalCount } }`,
    );
    expect(data).toEqual({ instruments: null });
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toBe(
      '`theme` "Duurzaamheid" names no Theme; valid: inclusiviteit, institutionele-hervorming (institutionele hervorming), weerbaarheid',
    );
  });

  it('finds documents by title, concepts by any label in either language, sections by heading', async () => {
    const data = await answer<{
      passages: Connection<{ slug: string }>;
      prefaceFindings: Connection<unknown>;
      byEnglish: Connection<{ slug: string }>;
      bySlug: Connection<{ slug: string }>;
      section: { passageCount: number; nodes: unknown[] };
      sectionPassages: { passages: { totalCount: number } };
    }>(`{ passages(document: "voorwoord", first: 100) { totalCount edges { node { slug } } }
          prefaceFindings: findings(document: "Voorwoord") { totalCount }
          byEnglish: findings(concept: "Related Variety", first: 100) { totalCount edges { node { slug } } }
          bySlug: findings(concept: "gerelateerde-varieteit", first: 100) { totalCount edges { node { slug } } }
          section: conceptMap(section: "kijkrichting", minCount: 1) { passageCount nodes { weight } }
          sectionPassages: section(slug: "bouwstenen-voor-de-regionale-arbeidsmarkt--kijkrichting") { passages { totalCount } } }`);
    expect(data.passages.totalCount).toBeGreaterThan(0);
    expect(
      data.passages.edges.every((edge) => edge.node.slug.startsWith('voorwoord-kks-essays--')),
    ).toBe(true);
    expect(data.prefaceFindings.totalCount).toBeGreaterThan(0);
    expect(data.byEnglish.totalCount).toBeGreaterThan(0);
    expect(data.byEnglish.edges).toEqual(data.bySlug.edges);
    expect(data.section.passageCount).toBe(data.sectionPassages.passages.totalCount);
  });
});

describe('nullability: a failing field does not erase what the client asked for elsewhere', () => {
  it('keeps the parent and the sibling root fields when a nested field fails', async () => {
    const { data, errors } = await api.query<{
      concept: { nl: string; relatedFindings: unknown; mentions: { totalCount: number } };
      essays: { totalCount: number };
    }>(`{ concept(slug: "job-carving") { nl: label relatedFindings(first: 0) { score } mentions { totalCount } }
          essays { totalCount } }`);
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({
      path: ['concept', 'relatedFindings'],
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(data!.concept).toEqual({
      nl: 'job carving',
      relatedFindings: null,
      mentions: { totalCount: 1 },
    });
    expect(data!.essays.totalCount).toBe(6);
  });

  it('keeps the other root fields when one root field fails', async () => {
    const { data, errors } = await api.query(
      `{ bad: search(query: "regio", first: 500) { totalCount } good: search(query: "regio", first: 1) { totalCount } }`,
    );
    expect(errors!.map((error) => error.path)).toEqual([['bad']]);
    expect(data!['bad']).toBeNull();
    expect(data!['good']).toMatchObject({ totalCount: expect.any(Number) as number });
  });
});

describe('introspection', () => {
  it('answers the full introspection query a playground or client generator sends', async () => {
    const data = await answer<{ __schema: { types: { name: string }[] } }>(getIntrospectionQuery());
    const names = data.__schema.types.map((type) => type.name);
    expect(names).toEqual(
      expect.arrayContaining(['Concept', 'Finding', 'RelationshipType', 'DateTime']),
    );
  });
});

describe('the cost limit', () => {
  it('tells every answer its cost, and lets the documented maxima through', async () => {
    const response = (await api.query(
      `{ findings(first: 100) { edges { node { ${SELECTION.finding} } } } }`,
    )) as GraphQLResponse & {
      extensions: { cost: { requested: number; limit: number } };
    };
    expect(response.errors).toBeUndefined();
    expect(response.extensions.cost.limit).toBe(MAX_COST);
    expect(response.extensions.cost.requested).toBeGreaterThan(1000);
    expect(response.extensions.cost.requested).toBeLessThan(MAX_COST / 2);
  });

  it('refuses nested pages whose product is too large with HTTP 400 and QUERY_TOO_COSTLY, before any Cypher runs', async () => {
    await answer('{ essays { totalCount } }');
    const statements = api.statementCount();
    const query = `{ concepts(first: 100) { edges { node { related(first: 100) { edges { node {
      mentions(first: 100) { edges { node { passage { text } } } } } } } } } } }`;
    const response = await fetch(api.url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as GraphQLResponse;
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      expect.objectContaining({
        extensions: { code: 'QUERY_TOO_COSTLY' },
        message: expect.stringMatching(
          /^The operation would cost \d+, over the limit of 50000/,
        ) as string,
      }),
    ]);
    expect(api.statementCount()).toBe(statements);
  });
});
