/**
 * Search and typeahead over the real full-text indexes, through the real HTTP endpoint.
 */
import { describe, expect, it } from 'vitest';
import { normaliseWord } from '../../src/domain/text-normalisation.js';
import { useHttpApi } from '../support/http-api.js';

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
    edges: { cursor: string; node: Hit }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

const SEARCH = `query ($query: String!, $types: [SearchType!], $first: Int, $after: String) {
  search(query: $query, types: $types, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { type score snippet highlights { start end }
      node { ... on Node { id } ... on Concept { slug } ... on Passage { slug } ... on Finding { slug }
             ... on Region { slug } ... on Theme { slug } ... on PolicyInstrument { slug }
             ... on Organisation { slug } ... on Regulation { slug } } } } } }`;

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

  it('suggests regions', async () => {
    const { data } = await api.query<{ suggest: { type: string; label: string }[] }>(
      `{ suggest(prefix: "zuid", types: [REGION]) { type label } }`,
    );
    expect(data!.suggest.map((item) => item.label)).toContain('Zuid-Limburg');
    expect(new Set(data!.suggest.map((item) => item.type))).toEqual(new Set(['REGION']));
  });
});
