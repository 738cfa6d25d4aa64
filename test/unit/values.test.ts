import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toNeo4jParameters, toPlain } from '../../src/neo4j/values.js';

describe('toPlain', () => {
  it('turns driver integers, temporal values and nested structures into plain JS', () => {
    expect(
      toPlain({
        count: neo4j.int(42),
        when: new neo4j.types.Date(2015, 2, 1),
        list: [neo4j.int(1), 'a', null],
        nested: { flag: true },
      }),
    ).toEqual({ count: 42, when: '2015-02-01', list: [1, 'a', null], nested: { flag: true } });
  });
});

describe('toNeo4jParameters', () => {
  it('sends whole numbers as integers, at any depth, and leaves other values alone', () => {
    const parameters = toNeo4jParameters({
      limit: 21,
      share: 0.5,
      rows: [{ position: 2, name: 'x' }],
    });
    expect(neo4j.isInt(parameters['limit'])).toBe(true);
    expect(parameters['share']).toBe(0.5);
    const [row] = parameters['rows'] as { position: unknown; name: string }[];
    expect(neo4j.isInt(row!.position)).toBe(true);
    expect(row!.name).toBe('x');
  });
});
