import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toNeo4jParameters, toPlain } from '../../src/neo4j/values.js';

describe('toPlain', () => {
  it('turns temporal values, at any depth, into ISO strings and leaves the rest as it is', () => {
    expect(
      toPlain({
        count: 42,
        when: new neo4j.types.Date(2015, 2, 1),
        list: [1, new neo4j.types.Date(2015, 2, 2), 'a', null],
        nested: { flag: true, when: new neo4j.types.Date(2015, 2, 3) },
      }),
    ).toEqual({
      count: 42,
      when: '2015-02-01',
      list: [1, '2015-02-02', 'a', null],
      nested: { flag: true, when: '2015-02-03' },
    });
  });

  it('turns nodes and relationships into their properties, converted too', () => {
    const node = new neo4j.types.Node(1, ['Essay'], {
      slug: 'e1',
      published: new neo4j.types.Date(2015, 2, 1),
    });
    const link = new neo4j.types.Relationship(2, 1, 3, 'AUTHORED', { position: 1 });
    expect(toPlain({ essay: node, links: [link] })).toEqual({
      essay: { slug: 'e1', published: '2015-02-01' },
      links: [{ position: 1 }],
    });
  });

  it('refuses a value no statement of ours returns', () => {
    expect(() => toPlain({ id: 10n })).toThrow(
      new TypeError('Cannot convert a bigint returned by Neo4j to a plain value'),
    );
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
