/**
 * Search and typeahead over the real full-text indexes, through the real HTTP endpoint.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCHABLE_LABELS } from '../../src/domain/graph-model.js';
import { fullTextQuery } from '../../src/domain/search-query.js';
import { normaliseWord } from '../../src/domain/text-normalisation.js';
import { SearchRepository } from '../../src/repositories/search.repository.js';
import { useHttpApi } from '../support/http-api.js';
import { profiled, useLastRead } from '../support/planned-statement.js';
import { connectTestDatabase, type TestConnection } from '../support/test-database.js';

const api = useHttpApi();

interface Hit {
  type: string;
  score: number;
  snippet: string;
  highlights: { start: number; end: number }[];
  node: { slug: string };
}

interface Page {
  search: {
    totalCount: number;
    matchedAll: boolean;
    facets: { type: string; count: number }[];
    edges: { cursor: string; node: Hit }[];
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string;
      endCursor: string;
    };
  };
}

const SEARCH = `query ($query: String!, $types: [SearchType!], $first: Int, $after: String,
                      $last: Int, $before: String) {
  search(query: $query, types: $types, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    matchedAll
    facets { type count }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { type score snippet highlights { start end }
      node { ... on Node { id } ... on Concept { slug } ... on Passage { slug } ... on Finding { slug }
             ... on Region { slug } ... on Theme { slug } ... on PolicyInstrument { slug }
             ... on Organisation { slug } ... on Regulation { slug } ... on Essay { slug }
             ... on Preface { slug } ... on Project { slug } ... on Programme { slug }
             ... on Person { slug } } } } } }`;

const slugsOf = (page: Page['search']) =>
  page.edges.map((edge) => `${edge.node.type}:${edge.node.node.slug}`);

/** The words a hit's highlights mark, as written. */
const marked = (hit: Hit) =>
  hit.highlights.map((range) => hit.snippet.slice(range.start, range.end));

async function search(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Page['search']> {
  const { data, errors } = await api.query<Page>(SEARCH, { query, ...variables });
  expect(errors).toBeUndefined();
  return data!.search;
}

describe('search', () => {
  it('finds a Dutch concept by its English label, ranked first among concepts', async () => {
    const result = await search('related variety', { types: ['CONCEPT'] });
    expect(result.edges[0]?.node.node.slug).toBe('gerelateerde-varieteit');
  });

  it('ignores accents and apostrophes', async () => {
    const accented = await search('variëteit', { types: ['PASSAGE'] });
    const plain = await search('varieteit', { types: ['PASSAGE'] });
    expect(accented.totalCount).toBeGreaterThan(0);
    expect(plain.edges.map((edge) => edge.node.node.slug)).toEqual(
      accented.edges.map((edge) => edge.node.node.slug),
    );
    const curly = await search('Wsw’ers', { types: ['PASSAGE'] });
    const straight = await search("Wsw'ers", { types: ['PASSAGE'] });
    expect(curly.totalCount).toBeGreaterThan(0);
    expect(straight.totalCount).toBe(curly.totalCount);
  });

  it('is Dutch-aware: an inflected form finds the others', async () => {
    const plural = await search('arbeidsmarkten', { types: ['PASSAGE'] });
    const singular = await search('arbeidsmarkt', { types: ['PASSAGE'] });
    expect(plural.totalCount).toBeGreaterThan(5);
    expect(plural.totalCount).toBe(singular.totalCount);
  });

  it('highlights the matching words in a snippet', async () => {
    const [hit] = (await search('job carving', { types: ['PASSAGE'] })).edges;
    expect(hit).toBeDefined();
    const marked = hit!.node.highlights.map((range) =>
      normaliseWord(hit!.node.snippet.slice(range.start, range.end)),
    );
    expect(marked).toEqual(expect.arrayContaining(['job', 'carving']));
  });

  it('filters by type and pages by cursor without overlap', async () => {
    const first = await search('regio', { types: ['PASSAGE', 'FINDING'], first: 5 });
    expect(first.totalCount).toBeGreaterThan(10);
    expect(new Set(first.edges.map((edge) => edge.node.type))).not.toContain('CONCEPT');
    const second = await search('regio', {
      types: ['PASSAGE', 'FINDING'],
      first: 5,
      after: first.pageInfo.endCursor,
    });
    const slugs = [...first.edges, ...second.edges].map(
      (edge) => `${edge.node.type}:${edge.node.node.slug}`,
    );
    expect(new Set(slugs).size).toBe(10);
    const scores = [...first.edges, ...second.edges].map((edge) => edge.node.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it.each([
    '"',
    'AND',
    'OR NOT',
    '*',
    '?~',
    'titel:(x',
    '\\',
    '[1 TO 5]',
    '{}^',
    '&&||!',
    '🙂',
    '   ',
    'a'.repeat(60),
  ])('treats %j as plain text: no syntax error, no server error', async (query) => {
    const { data, errors } = await api.query<Page>(SEARCH, { query });
    expect(errors).toBeUndefined();
    expect(data!.search.totalCount).toBeGreaterThanOrEqual(0);
  });
});

describe('search ranking', () => {
  it.each([
    ['gerelateerde variëteit', 'bouwstenen-voor-de-regionale-arbeidsmarkt--p039'],
    ['job carving', 'bouwstenen-voor-de-regionale-arbeidsmarkt--p038'],
  ])(
    'puts the passage that says %j first, not below the short labels and findings',
    async (query, passage) => {
      const result = await search(query, { first: 5 });
      expect(result.matchedAll).toBe(true);
      const [top] = result.edges;
      expect(`${top?.node.type}:${top?.node.node.slug}`).toBe(`PASSAGE:${passage}`);
      expect(top?.node.score).toBe(1);
      expect(marked(top!.node).map(normaliseWord)).toEqual(
        expect.arrayContaining(query.split(' ').map(normaliseWord)),
      );
      // The lexicon and the findings are still there, on the same first page.
      expect(result.edges.map((edge) => edge.node.type)).toEqual(
        expect.arrayContaining(['PASSAGE', 'FINDING', 'CONCEPT']),
      );
      const scores = result.edges.map((edge) => edge.node.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    },
  );

  it('scores each hit against the best of its type: each type’s best scores 1', async () => {
    const result = await search('regio', { first: 100 });
    const best = new Map<string, number>();
    for (const { node } of result.edges)
      best.set(node.type, Math.max(best.get(node.type) ?? 0, node.score));
    expect([...best.values()].every((score) => score === 1)).toBe(true);
    expect(result.edges.every((edge) => edge.node.score > 0 && edge.node.score <= 1)).toBe(true);
  });

  it('keeps English queries working: lexicon labels and definitions, finding statements', async () => {
    const variety = await search('related variety', { first: 3 });
    expect(slugsOf(variety)).toContain('CONCEPT:gerelateerde-varieteit');
    const growth = await search('productivity growth');
    expect(growth.matchedAll).toBe(true);
    expect(slugsOf(growth)).toContain('FINDING:groei-in-ring-rond-randstad');
  });
});

describe('search facets', () => {
  it('counts the results of each type over the whole search, not the page, most first', async () => {
    const result = await search('regio', { first: 1 });
    expect(result.edges).toHaveLength(1);
    expect(result.facets.length).toBeGreaterThan(3);
    expect(result.facets.reduce((total, facet) => total + facet.count, 0)).toBe(result.totalCount);
    const counts = result.facets.map((facet) => facet.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const facet of result.facets.slice(0, 3)) {
      const ofType = await search('regio', { types: [facet.type], first: 0 });
      expect(ofType.totalCount).toBe(facet.count);
      expect(ofType.facets).toEqual([facet]);
    }
  });
});

describe('search of the catalogue', () => {
  it.each([
    ['Dorenbos', 'PERSON', 'ruud-dorenbos'],
    ['tweevoud', 'ESSAY', 'de-kracht-van-de-stad-in-tweevoud'],
    ['brugproject buurtontwikkeling', 'PROJECT', 'brugproject-buurtontwikkeling'],
    ['KKS', 'PROGRAMME', 'kennis-voor-krachtige-steden'],
    ['voorwoord', 'PREFACE', 'voorwoord-kks-essays'],
  ])('finds %j among the %s results', async (query, type, slug) => {
    const result = await search(query, { types: [type] });
    expect(slugsOf(result)).toEqual([`${type}:${slug}`]);
    expect(result.facets).toEqual([{ type, count: 1 }]);
  });

  it('finds people, essays and projects beside the text that names them', async () => {
    const result = await search('Bouwstenen voor de regionale arbeidsmarkt');
    expect(slugsOf(result)).toEqual(
      expect.arrayContaining([
        'ESSAY:bouwstenen-voor-de-regionale-arbeidsmarkt',
        'PROJECT:brugproject-regionale-arbeidsmarkt',
      ]),
    );
  });
});

describe('search falls back on any word', () => {
  it('finds what has some of the words when nothing has them all, most words first', async () => {
    const result = await search('ring rond de Randstad', { first: 6 });
    expect(result.matchedAll).toBe(false);
    expect(result.totalCount).toBeGreaterThan(5);
    // These hold two of the four words ("de" is a stop word), and come before those with one.
    const scores = result.edges.map((edge) => edge.node.score);
    const twoWords = slugsOf(result).filter((_, index) => scores[index] === 0.5);
    expect(twoWords).toEqual(
      expect.arrayContaining([
        'FINDING:groei-in-ring-rond-randstad',
        'PASSAGE:bouwstenen-voor-de-regionale-arbeidsmarkt--p024',
      ]),
    );
    expect(scores.slice(0, twoWords.length).every((score) => score === 0.5)).toBe(true);
    expect(scores.slice(twoWords.length).every((score) => score < 0.5)).toBe(true);
    expect(scores.at(-1)).toBeLessThan(0.5);
  });

  it('pages on through the any-word results with their cursors, both ways', async () => {
    const first = await search('ring rond de Randstad', { first: 3 });
    const second = await search('ring rond de Randstad', {
      first: 3,
      after: first.pageInfo.endCursor,
    });
    expect(second.matchedAll).toBe(false);
    expect(second.totalCount).toBe(first.totalCount);
    const all = await search('ring rond de Randstad', { first: 6 });
    expect([...slugsOf(first), ...slugsOf(second)]).toEqual(slugsOf(all));
    const back = await search('ring rond de Randstad', {
      last: 3,
      before: second.pageInfo.startCursor,
    });
    expect(slugsOf(back)).toEqual(slugsOf(first));
    expect(back.pageInfo.hasPreviousPage).toBe(false);
  });

  it('does not widen a search whose words are all found, or a one-word search', async () => {
    expect((await search('ring Randstad')).matchedAll).toBe(true);
    const nothing = await search('kwartelkoning');
    expect(nothing).toMatchObject({ matchedAll: true, totalCount: 0, facets: [], edges: [] });
  });

  it('refuses a cursor of the same words searched in other types', async () => {
    const first = await search('ring rond de Randstad', { first: 1 });
    const { errors } = await api.query(SEARCH, {
      query: 'ring rond de Randstad',
      types: ['PASSAGE'],
      after: first.pageInfo.endCursor,
    });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('search of Dutch compounds and word forms', () => {
  it.each(["Randstadregio's", "Randstad-regio's", 'Randstadregios'])(
    'finds the passage that writes "Randstad-regio’s" for %j, and marks it',
    async (query) => {
      const result = await search(query, { types: ['PASSAGE'] });
      const hit = result.edges.find(
        (edge) => edge.node.node.slug === 'bouwstenen-voor-de-regionale-arbeidsmarkt--p024',
      );
      expect(hit).toBeDefined();
      expect(result.matchedAll).toBe(true);
      expect(marked(hit!.node)).toContain(query.includes('-') ? 'regio’s' : 'Randstad-regio’s');
    },
  );

  it('finds a hyphenated name written as one word', async () => {
    const result = await search('Zuidlimburg', { types: ['REGION'] });
    expect(slugsOf(result)).toEqual(['REGION:zuid-limburg']);
  });

  it.each([
    ['risico', "risico's"],
    ['thema', 'thema’s'],
    ['gemeente', 'gemeentes'],
    ['krimpregio', "krimpregio's"],
  ])('finds the same passages for %j and %j', async (singular, plural) => {
    const one = await search(singular, { types: ['PASSAGE'], first: 100 });
    const other = await search(plural, { types: ['PASSAGE'], first: 100 });
    expect(one.totalCount).toBeGreaterThan(0);
    expect(slugsOf(one).sort()).toEqual(slugsOf(other).sort());
  });
});

describe('search of a node with two searchable labels', () => {
  let connection: TestConnection;
  beforeAll(async () => {
    connection = await connectTestDatabase();
    // What the lexicon will hold: a concept that is a theme too.
    await connection.gateway.write('MATCH (c:Concept {slug: $slug}) SET c:Theme', {
      slug: 'gerelateerde-varieteit',
    });
  });
  afterAll(async () => {
    await connection.gateway.write('MATCH (c:Concept {slug: $slug}) REMOVE c:Theme', {
      slug: 'gerelateerde-varieteit',
    });
    await connection.driver.close();
  });

  it('reports it once, under the first asked-for label in search order', async () => {
    for (const types of [
      ['CONCEPT', 'THEME'],
      ['THEME', 'CONCEPT'],
    ]) {
      const result = await search('gerelateerde variëteit', { types, first: 100 });
      expect(slugsOf(result).filter((slug) => slug.endsWith(':gerelateerde-varieteit'))).toEqual([
        'CONCEPT:gerelateerde-varieteit',
      ]);
      expect(result.facets).toEqual([{ type: 'CONCEPT', count: result.totalCount }]);
    }
  });

  it('suggests it once, under the same label', async () => {
    const { data } = await api.query<{ suggest: { type: string; label: string }[] }>(
      `{ suggest(prefix: "gerelateerde var", types: [THEME, CONCEPT]) { type label } }`,
    );
    expect(data!.suggest).toEqual([{ type: 'CONCEPT', label: 'gerelateerde variëteit' }]);
  });
});

describe('search limits', () => {
  it('refuses more than 64 words, or a longer text than search or typeahead takes, as BAD_USER_INPUT', async () => {
    const words = (count: number) =>
      Array.from({ length: count }, (_, index) => `w${index}`).join(' ');
    const search = await api.query(SEARCH, { query: words(65) });
    expect(search.errors).toEqual([
      expect.objectContaining({
        message: 'A search takes at most 64 words (got 65)',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    const { data, errors } = await api.query(
      `query ($q: String!) { suggest(prefix: $q) { label } }`,
      { q: words(1100) },
    );
    expect(data).toEqual({ suggest: null });
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'A typeahead prefix takes at most 100 characters (got 5489)',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    const long = await api.query(SEARCH, { query: words(1100) });
    expect(long.errors![0]!.message).toBe('A search takes at most 1000 characters (got 5489)');
  });
});

describe('suggest', () => {
  it('completes concept and region labels from a prefix, in the language asked', async () => {
    const { data, errors } = await api.query<{
      suggest: { type: string; label: string; node: { slug: string } }[];
    }>(
      `{ nl: suggest(prefix: "gerelateerde var") { type label node { ... on Concept { slug } } }
         en: suggest(prefix: "related var", lang: EN) { type label node { ... on Concept { slug } } } }`,
    );
    expect(errors).toBeUndefined();
    const results = data as unknown as Record<
      'nl' | 'en',
      { label: string; node: { slug: string } }[]
    >;
    expect(results.nl[0]).toMatchObject({
      label: 'gerelateerde variëteit',
      node: { slug: 'gerelateerde-varieteit' },
    });
    expect(results.en[0]).toMatchObject({
      label: 'related variety',
      node: { slug: 'gerelateerde-varieteit' },
    });
  });

  it('suggests people by name', async () => {
    const { data } = await api.query<{ suggest: { type: string; label: string }[] }>(
      `{ suggest(prefix: "ruud d", types: [PERSON]) { type label } }`,
    );
    expect(data!.suggest).toEqual([{ type: 'PERSON', label: 'Ruud Dorenbos' }]);
  });

  it('suggests regions', async () => {
    const { data } = await api.query<{ suggest: { type: string; label: string }[] }>(
      `{ suggest(prefix: "zuid", types: [REGION]) { type label } }`,
    );
    expect(data!.suggest.map((item) => item.label)).toContain('Zuid-Limburg');
    expect(new Set(data!.suggest.map((item) => item.type))).toEqual(new Set(['REGION']));
  });
});

describe('what a search reads', () => {
  const database = useLastRead();

  const statementsFor = async (query: string) => {
    const before = api.statementCount();
    const { data, errors } = await api.query<Page>(query);
    expect(errors).toBeUndefined();
    return { data: data!, statements: api.statementCount() - before };
  };

  it('pages in one statement when a node holds every word, and counts only when asked', async () => {
    const paged = await statementsFor(
      `{ search(query: "regionale arbeidsmarkt", first: 3) { matchedAll edges { node { score } } } }`,
    );
    expect(paged.statements).toBe(1);
    expect(paged.data.search.matchedAll).toBe(true);
    expect(paged.data.search.edges).toHaveLength(3);
    const counted = await statementsFor(
      `{ search(query: "regionale arbeidsmarkt", first: 3) { matchedAll totalCount edges { node { score } } } }`,
    );
    expect(counted.statements).toBe(2);
    expect(counted.data.search.edges).toEqual(paged.data.search.edges);
  });

  it('falls back to any word from an empty first page, as it does from empty counts', async () => {
    const query = (fields: string) =>
      `{ search(query: "ring rond de Randstad", first: 5) { matchedAll ${fields} edges { node { score node { ... on Node { id } } } } } }`;
    const paged = await statementsFor(query(''));
    const counted = await statementsFor(query('totalCount'));
    expect(paged.data.search.matchedAll).toBe(false);
    expect(counted.data.search.matchedAll).toBe(false);
    expect(paged.data.search.edges).toEqual(counted.data.search.edges);
    expect(paged.data.search.edges.length).toBeGreaterThan(0);
    expect(paged.statements).toBe(2);
  });

  /** The statement `gateway` read last, profiled: its hits, and its reads of the hits' labels. */
  async function labelReads(): Promise<{ hits: number; reads: number }> {
    const { query, parameters } = database.gateway.statement!;
    const steps = await profiled(database.connection.driver, query, parameters);
    const readingLabels = steps.filter((step) => step.details.includes('labels(node)'));
    expect(readingLabels).not.toHaveLength(0);
    return {
      hits: Math.max(...readingLabels.map((step) => step.rows)),
      reads: readingLabels.reduce((sum, step) => sum + step.dbHits, 0),
    };
  }

  // Every hit's type is the first of the types searched that it has: asking a hit for each of
  // 15 types in turn reads its labels 15 times, and a search at tier M has 34 thousand hits.
  it('reads the labels of each hit once, however many types are searched, for a page and for its facets', async () => {
    const words = fullTextQuery('regionale arbeidsmarkt')!;
    const search = new SearchRepository(database.gateway);
    const page = { labels: [...SEARCHABLE_LABELS], from: null, backwards: false, limit: 11 };
    for (const clauses of [[words.allWords], words.eachWord]) {
      await search.search({ ...page, clauses });
      const { hits, reads } = await labelReads();
      expect(hits).toBeGreaterThan(10);
      expect(reads).toBe(hits);
    }
    await search.facets(words.allWords, SEARCHABLE_LABELS);
    const { hits, reads } = await labelReads();
    expect(hits).toBeGreaterThan(10);
    expect(reads).toBe(hits);
  });
});
