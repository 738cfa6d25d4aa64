import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../src/domain/errors.js';
import { cursorOrdering, encodeCursor, pageWindow } from '../../src/graphql/connection.js';

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

describe('cursorOrdering', () => {
  it('names the ordering a cursor belongs to, or null for what is no cursor', () => {
    expect(cursorOrdering(encodeCursor('search:any:ring:Passage', { value: 0.5, slug: 'x' }))).toBe(
      'search:any:ring:Passage',
    );
    expect(cursorOrdering('not-a-cursor')).toBeNull();
    expect(cursorOrdering(Buffer.from('["a", 1]').toString('base64url'))).toBeNull();
  });
});
