import { describe, expect, it } from 'vitest';
import { tuples } from '../../src/repositories/property-readers.js';

describe('tuples', () => {
  it('reads each list of a row as a map of the names given, by position, missing values as null', () => {
    const row = { links: [['MENTIONS', 'Passage', 'p-1'], ['ABOUT']] };
    expect(tuples(row, 'links', ['type', 'fromLabel', 'from'], 'neighbourhood')).toEqual([
      { type: 'MENTIONS', fromLabel: 'Passage', from: 'p-1' },
      { type: 'ABOUT', fromLabel: null, from: null },
    ]);
    expect(tuples({}, 'links', ['type'])).toEqual([]);
  });

  it('refuses a value that is not a list of lists, or a list longer than the names', () => {
    expect(() =>
      tuples({ links: [{ type: 'ABOUT' }] }, 'links', ['type'], 'neighbourhood'),
    ).toThrow(/links.*list of lists of at most 1 values/);
    expect(() => tuples({ links: [['ABOUT', 'extra']] }, 'links', ['type'])).toThrow(
      /list of lists/,
    );
    expect(() => tuples({ links: 'ABOUT' }, 'links', ['type'])).toThrow(/list of lists/);
  });
});
