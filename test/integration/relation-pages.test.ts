/**
 * A node's neighbours are read a page at a time in Cypher, and a list that grows with the corpus
 * (an entity's mentions, a subject's findings: INDEXED_LISTS) through an index on its
 * relationships, so a page of a hub concept's mentions reads that page and not the hub's every
 * mention, whether look-ahead compiled it or a resolver was asked with a cursor. Walking a
 * connection page by page, either way, gives its whole list in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_LABELS, type RelationName } from '../../src/domain/graph-model.js';
import { LOOK_AHEAD_MARK } from '../../src/graphql/look-ahead/compile.js';
import type { QueryParameters } from '../../src/neo4j/gateway.js';
import { RelationRepository, type Neighbour } from '../../src/repositories/relation.repository.js';
import { startHttpApi, type HttpApi } from '../support/http-api.js';
import { profiled } from '../support/planned-statement.js';
import { connectTestDatabase, QueryLog, type TestConnection } from '../support/test-database.js';

let connection: TestConnection;
let api: HttpApi;
const statements = new QueryLog();

beforeAll(async () => {
  connection = await connectTestDatabase();
  api = await startHttpApi(connection.gateway.withObserver(statements.observer));
});

afterAll(async () => {
  await api.server.stop();
  await connection.driver.close();
});

/** Every operator of the statement's profile, with the rows it produced. */
const profile = (query: string, parameters: QueryParameters) =>
  profiled(connection.driver, query, parameters);

/** The node of `label` with the longest list of `type` relationships to it, and its length. */
async function hubOf(label: string, type = 'MENTIONS'): Promise<{ slug: string; length: number }> {
  const [row] = await connection.gateway.read(
    `MATCH (e:${label})<-[:${type}]-(p)
     RETURN e.slug AS slug, count(p) AS length ORDER BY length DESC, slug LIMIT 1`,
  );
  return { slug: row!['slug'] as string, length: row!['length'] as number };
}

describe('a page of a list that grows with the corpus (an entity’s mentions, a subject’s findings)', () => {
  it.each([
    { type: 'MENTIONS', order: 'readingKey' },
    { type: 'ABOUT', order: 'slug' },
  ])(
    'is held by every $type relationship: the slug of the node whose list it is in, and its far end’s $order',
    async ({ type, order }) => {
      const [row] = await connection.gateway.read(
        `MATCH (far)-[r:${type}]->(owner)
         RETURN count(r) AS links,
                count(CASE WHEN r.listOwner = owner.slug AND r.listOrder = far.${order} THEN r END) AS held`,
      );
      expect(row!['links']).toBeGreaterThan(100);
      expect(row!['held']).toBe(row!['links']);
    },
  );

  /**
   * A resolver's pages of one of the mentions of the entity of `label` most mentioned: from the
   * start, after a cursor and backwards, and the profile of each page's statement.
   */
  async function pagesOfHub(label: string, type = 'MENTIONS') {
    const hub = await hubOf(label, type);
    const log = new QueryLog();
    const relations = new RelationRepository(connection.gateway.withObserver(log.observer));
    const relation = `${label}<-${type}` as RelationName;
    const page = async (from: Neighbour | null, backwards: boolean) => {
      const [items] = await relations.pages([relation], [hub.slug], {
        from: from === null ? null : { value: from.sortValue, slug: from.node.slug },
        read: 1,
        backwards,
      });
      expect(items).toHaveLength(1);
      return items![0]!;
    };
    const first = await page(null, false);
    const second = await page(first, false);
    const back = await page(second, true);
    expect(second.sortValue > first.sortValue).toBe(true);
    expect(back.node.slug).toBe(first.node.slug);
    const profiles = await Promise.all(
      log.queries.map((query, index) => profile(query, log.parameters[index]!)),
    );
    return { hub, profiles };
  }

  it.each(['MENTIONS', 'ABOUT'].flatMap((type) => ENTITY_LABELS.map((label) => ({ label, type }))))(
    'of a $label’s $type, read by a resolver from the start, after a cursor and backwards, seeks its index',
    async ({ label, type }) => {
      const { profiles } = await pagesOfHub(label, type);
      for (const steps of profiles) {
        const operators = steps.map((step) => step.operator).join(' ');
        expect(operators).toContain('DirectedRelationshipIndexSeek');
        // In the index's order: nothing found is sorted.
        expect(operators).not.toMatch(/Sort|Top/);
      }
    },
  );

  it.each([{ type: 'MENTIONS' }, { type: 'ABOUT' }])(
    'read whole for several nodes at once ($type of concepts, as a bridge reads them), is each one’s list in order',
    async ({ type }) => {
      const rows = await connection.gateway.read(
        `MATCH (c:Concept)<-[:${type}]-() WITH c, count(*) AS length
         RETURN c.slug AS slug ORDER BY length DESC, slug LIMIT 3`,
      );
      const slugs = rows.map((row) => row['slug'] as string);
      const relation = `Concept<-${type}` as RelationName;
      const relations = new RelationRepository(connection.gateway);
      const whole = await relations.neighbours(relation, slugs);
      const paged = await relations.pages([relation], slugs, {
        from: null,
        read: 100,
        backwards: false,
      });
      const slugsOf = (lists: Neighbour[][]) =>
        lists.map((list) => list.map((item) => item.node.slug));
      expect(slugsOf(whole)).toEqual(slugsOf(paged));
      expect(whole.every((list) => list.length > 1)).toBe(true);
    },
  );

  it('of the hub concept, read by a resolver, reads no more than the page', async () => {
    const { hub, profiles } = await pagesOfHub('Concept');
    // A page of one, and after a cursor the cursor's own: fewer than the hub's mentions.
    expect(hub.length).toBeGreaterThan(3);
    for (const steps of profiles) {
      expect(Math.max(...steps.map((step) => step.rows))).toBeLessThanOrEqual(2);
    }
  });

  it('of the hub concept, compiled by look-ahead, reads no more than the page', async () => {
    const hub = await hubOf('Concept');
    const before = statements.count;
    const { data, errors } = await api.query<{
      concept: { mentions: { edges: { node: { passage: { slug: string } } }[] } };
    }>(
      `query ($slug: String!) { concept(slug: $slug) {
        mentions(first: 2) { edges { node { count passage { slug section { title } } } } } } }`,
      { slug: hub.slug },
    );
    expect(errors).toBeUndefined();
    expect(data!.concept.mentions.edges).toHaveLength(2);
    const compiled = statements.queries
      .slice(before)
      .flatMap((query, index) =>
        query.includes(LOOK_AHEAD_MARK)
          ? [{ query, parameters: statements.parameters[before + index]! }]
          : [],
      );
    expect(compiled).toHaveLength(1);
    const steps = await profile(compiled[0]!.query, compiled[0]!.parameters);
    const operators = steps.map((step) => step.operator).join(' ');
    expect(operators).toContain('DirectedRelationshipIndexSeek');
    expect(operators).not.toMatch(/Sort|Top/);
    // The page, and the one after it that tells that another page follows: fewer than the hub's
    // mentions.
    expect(hub.length).toBeGreaterThan(3);
    expect(Math.max(...steps.map((step) => step.rows))).toBeLessThanOrEqual(3);
  });
});

/** A page of a connection, its nodes read by their slugs. */
interface Page {
  totalCount: number;
  edges: { node: { slug: string } }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

describe('a connection of a node’s neighbours', () => {
  /** Reads the connection `field` of the concept `slug` (its nodes by `nodeSlug`) one page at a time. */
  async function walk(slug: string, field: string, nodeSlug: string) {
    const read = async (variables: Record<string, unknown>) => {
      const { data, errors } = await api.query<{ concept: Record<string, Page> }>(
        `query ($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
          concept(slug: $slug) { list: ${field}(first: $first, after: $after, last: $last, before: $before) {
            totalCount edges { node { ${nodeSlug} } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`,
        { slug, ...variables },
      );
      expect(errors).toBeUndefined();
      const page = data!.concept['list']!;
      return { ...page, slugs: page.edges.map((edge) => JSON.stringify(edge.node)) };
    };
    const whole = await read({ first: 100 });
    const forwards: string[] = [];
    let page = await read({ first: 2 });
    forwards.push(...page.slugs);
    while (page.pageInfo.hasNextPage) {
      page = await read({ first: 2, after: page.pageInfo.endCursor });
      forwards.push(...page.slugs);
    }
    const backwards: string[] = [];
    page = await read({ last: 2 });
    backwards.unshift(...page.slugs);
    while (page.pageInfo.hasPreviousPage) {
      page = await read({ last: 2, before: page.pageInfo.startCursor });
      backwards.unshift(...page.slugs);
    }
    return { whole, forwards, backwards };
  }

  it.each([
    { field: 'mentions', nodeSlug: 'passage { slug }' },
    { field: 'related', nodeSlug: 'slug' },
    { field: 'findings', nodeSlug: 'slug' },
  ])(
    '$field of the concept with most of them walks to its whole list, forwards and backwards',
    async ({ field, nodeSlug }) => {
      const pattern =
        field === 'mentions'
          ? '(c)<-[:MENTIONS]-(:Passage)'
          : field === 'related'
            ? '(c)-[:RELATED]-(:Concept)'
            : '(c)<-[:ABOUT]-(:Finding)';
      const [hub] = await connection.gateway.read(
        `MATCH (c:Concept) RETURN c.slug AS slug, COUNT { ${pattern} } AS degree
         ORDER BY degree DESC, slug LIMIT 1`,
      );
      const degree = hub!['degree'] as number;
      expect(degree).toBeGreaterThan(4);
      const { whole, forwards, backwards } = await walk(hub!['slug'] as string, field, nodeSlug);
      expect(whole.totalCount).toBe(degree);
      expect(whole.slugs).toHaveLength(degree);
      expect(new Set(whole.slugs).size).toBe(degree);
      expect(forwards).toEqual(whole.slugs);
      expect(backwards).toEqual(whole.slugs);
    },
  );
});

describe('a root list filtered by a list that grows with the corpus (findings about a concept)', () => {
  /** The concept with most findings about it, and its findings (of `kind`) by slug, read apart. */
  async function hubFindings(kind: string | null) {
    const [hub] = await connection.gateway.read(
      `MATCH (c:Concept) RETURN c.slug AS slug ORDER BY COUNT { (c)<-[:ABOUT]-(:Finding) } DESC, slug
       LIMIT 1`,
    );
    const concept = hub!['slug'] as string;
    const rows = await connection.gateway.read(
      `MATCH (f:Finding) WHERE EXISTS { (f)-[:ABOUT]->(:Concept {slug: $concept}) }
         AND ($kind IS NULL OR f.kind = $kind)
       RETURN f.slug AS slug ORDER BY slug`,
      { concept, kind },
    );
    return { concept, slugs: rows.map((row) => row['slug'] as string) };
  }

  async function findings(variables: Record<string, unknown>): Promise<Page> {
    const { data, errors } = await api.query<{ findings: Page }>(
      `query ($concept: String, $kind: FindingKind, $first: Int, $after: String, $last: Int, $before: String) {
         findings(concept: $concept, kind: $kind, first: $first, after: $after, last: $last, before: $before) {
           totalCount edges { node { slug } }
           pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
      variables,
    );
    expect(errors).toBeUndefined();
    return data!.findings;
  }

  it('seeks the concept’s list from the cursor, and reads no more than the page', async () => {
    const { concept, slugs } = await hubFindings(null);
    expect(slugs.length).toBeGreaterThan(4);
    const before = statements.count;
    const first = await findings({ concept, first: 1 });
    const next = await findings({ concept, first: 1, after: first.pageInfo.endCursor });
    const back = await findings({ concept, last: 1, before: next.pageInfo.startCursor });
    expect([first, next, back].map((page) => page.edges[0]!.node.slug)).toEqual([
      slugs[0],
      slugs[1],
      slugs[0],
    ]);
    const pages = statements.queries
      .map((query, index) => ({ query, parameters: statements.parameters[index]! }))
      .slice(before)
      .filter(({ query }) => query.includes('LIMIT $read'));
    expect(pages).toHaveLength(3);
    for (const { query, parameters } of pages) {
      const steps = await profile(query, parameters);
      const operators = steps.map((step) => step.operator).join(' ');
      expect(operators).toContain('DirectedRelationshipIndexSeek');
      expect(operators).not.toMatch(/Sort|Top/);
      // A page of one, and the one after it.
      expect(Math.max(...steps.map((step) => step.rows))).toBeLessThanOrEqual(2);
    }
  });

  it.each([null, 'CLAIM'])(
    'of kind %s walks to the list the filter gives, forwards and backwards, and counts it',
    async (kind) => {
      const { concept, slugs } = await hubFindings(kind);
      expect(slugs.length).toBeGreaterThan(2);
      const forwards: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await findings({ concept, kind, first: 2, after });
        expect(page.totalCount).toBe(slugs.length);
        forwards.push(...page.edges.map((edge) => edge.node.slug));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      const backwards: string[] = [];
      let before: string | null = null;
      for (;;) {
        const page = await findings({ concept, kind, last: 2, before });
        backwards.unshift(...page.edges.map((edge) => edge.node.slug));
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(forwards).toEqual(slugs);
      expect(backwards).toEqual(slugs);
    },
  );
});
