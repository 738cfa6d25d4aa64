import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../src/domain/errors.js';
import {
  connectionFromList,
  cursorOrdering,
  encodeCursor,
  pageWindow,
} from '../../src/graphql/connection.js';

const ORDERING = 'Essay.seriesPosition.ASC';

describe('pageWindow', () => {
  it('defaults to the first 20 items', () => {
    expect(pageWindow({}, ORDERING)).toEqual({ from: null, size: 20, backwards: false });
  });

  it('decodes a cursor of the same ordering into a keyset', () => {
    const after = encodeCursor(ORDERING, { value: 3, slug: 'thuis-in-de-openbare-ruimte' });
    expect(pageWindow({ first: 2, after }, ORDERING)).toEqual({
      from: { value: 3, slug: 'thuis-in-de-openbare-ruimte' },
      size: 2,
      backwards: false,
    });
  });

  it('pages backwards for last/before', () => {
    expect(pageWindow({ last: 5 }, ORDERING)).toEqual({ from: null, size: 5, backwards: true });
  });

  it.each([
    [{ first: 101 }, '`first` must be an integer from 0 to 100 (got 101)'],
    [{ last: -2 }, '`last` must be an integer from 0 to 100 (got -2)'],
    [{ first: 1, last: 1 }, 'Pass either `first` or `last`, not both'],
    [{ first: 1, before: 'x' }, '`before` pages backwards: pair it with `last`, not `first`'],
    [{ last: 1, after: 'x' }, '`after` pages forwards: pair it with `first`, not `last`'],
    [{ after: '!!!' }, 'Cursor "!!!" is not a cursor this API issued'],
    [{ after: Buffer.from('["a",1]').toString('base64url') }, 'is not a cursor this API issued'],
  ])('rejects %j as bad user input', (args, message) => {
    expect(() => pageWindow(args, ORDERING)).toThrow(BadUserInputError);
    expect(() => pageWindow(args, ORDERING)).toThrow(message);
  });

  it('rejects a cursor issued for another ordering', () => {
    const after = encodeCursor('Person.name.ASC', { value: 'Arjen Edzes', slug: 'arjen-edzes' });
    expect(() => pageWindow({ after }, ORDERING)).toThrow(
      'belongs to ordering "Person.name.ASC", not Essay.seriesPosition.ASC',
    );
  });
});

describe('connectionFromList', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];
  const keyset = (item: string) => ({ value: item, slug: item });
  const page = async (args: Parameters<typeof connectionFromList>[1]) => {
    const connection = connectionFromList(items, args, 'letters', keyset, (item) => item);
    return {
      nodes: (await connection.edges()).map((edge) => edge.node),
      pageInfo: await connection.pageInfo(),
      total: await connection.totalCount(),
    };
  };

  it('pages forwards after a cursor', async () => {
    const first = await page({ first: 2 });
    expect(first.nodes).toEqual(['a', 'b']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = await page({ first: 3, after: first.pageInfo.endCursor });
    expect(next.nodes).toEqual(['c', 'd', 'e']);
    expect(next.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(next.total).toBe(5);
  });

  it('pages backwards before a cursor, keeping the list order within the page', async () => {
    const last = await page({ last: 2 });
    expect(last.nodes).toEqual(['d', 'e']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const previous = await page({ last: 2, before: last.pageInfo.startCursor });
    expect(previous.nodes).toEqual(['b', 'c']);
  });

  it('returns an empty page with null cursors past the end', async () => {
    const past = await page({ first: 2, after: encodeCursor('letters', keyset('e')) });
    expect(past.nodes).toEqual([]);
    expect(past.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });
});

describe('cursorOrdering', () => {
  it('names the ordering a cursor belongs to, or null for what is no cursor', () => {
    expect(cursorOrdering(encodeCursor('search:any:ring:Passage', { value: 0.5, slug: 'x' }))).toBe(
      'search:any:ring:Passage',
    );
    expect(cursorOrdering('not-a-cursor')).toBeNull();
    expect(cursorOrdering(Buffer.from('["a", 1]').toString('base64url'))).toBeNull();
  });
});
