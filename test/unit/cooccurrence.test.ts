import { describe, expect, it } from 'vitest';
import { cooccurrenceMap } from '../../src/domain/cooccurrence.js';

const passages = [
  { passage: 'p1', concepts: ['a', 'b'] },
  { passage: 'p2', concepts: ['a', 'b', 'c'] },
  { passage: 'p3', concepts: ['c', 'd'] },
  { passage: 'p4', concepts: ['d', 'c'] },
  { passage: 'p5', concepts: [] },
];

describe('cooccurrenceMap', () => {
  it('weighs nodes by passages and edges by co-mentions, with the passages as evidence', () => {
    const map = cooccurrenceMap(passages, 'RAW', 1);
    expect(map.passageCount).toBe(5);
    expect(map.nodes.map((node) => [node.concept, node.weight])).toEqual([
      ['c', 3],
      ['a', 2],
      ['b', 2],
      ['d', 2],
    ]);
    expect(map.edges.map((edge) => [edge.source, edge.target, edge.count, edge.passages])).toEqual([
      ['a', 'b', 2, ['p1', 'p2']],
      ['c', 'd', 2, ['p3', 'p4']],
      ['a', 'c', 1, ['p2']],
      ['b', 'c', 1, ['p2']],
    ]);
  });

  it('normalises by association strength or Jaccard', () => {
    const strength = cooccurrenceMap(passages, 'ASSOCIATION_STRENGTH', 1);
    expect(
      strength.edges.find((edge) => edge.source === 'a' && edge.target === 'b')?.weight,
    ).toBeCloseTo((2 * 5) / (2 * 2));
    const jaccard = cooccurrenceMap(passages, 'JACCARD', 1);
    expect(
      jaccard.edges.find((edge) => edge.source === 'a' && edge.target === 'c')?.weight,
    ).toBeCloseTo(1 / (2 + 3 - 1));
  });

  it('leaves out edges under minCount and clusters concepts that go together', () => {
    const map = cooccurrenceMap(passages, 'RAW', 2);
    expect(map.edges).toHaveLength(2);
    expect(map.clusters.map((cluster) => cluster.concepts)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});
