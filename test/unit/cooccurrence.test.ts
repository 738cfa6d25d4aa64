import { describe, expect, it } from 'vitest';
import { cooccurrenceMap, type CooccurrenceCounts } from '../../src/domain/cooccurrence.js';

const concept = (slug: string) => ({ slug });
const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(concept) as [
  ReturnType<typeof concept>,
  ReturnType<typeof concept>,
  ReturnType<typeof concept>,
  ReturnType<typeof concept>,
];

/**
 * Five passages: p1 mentions a and b, p2 a, b and c, p3 and p4 c and d, p5 nothing; p1 and p2
 * belong to essay-1, the rest to essay-2.
 */
const counts: CooccurrenceCounts<{ slug: string }> = {
  passageCount: 5,
  concepts: [
    { concept: a, passages: 2, documents: ['essay-1'] },
    { concept: b, passages: 2, documents: ['essay-1'] },
    { concept: c, passages: 3, documents: ['essay-1', 'essay-2'] },
    { concept: d, passages: 2, documents: ['essay-2'] },
  ],
  pairs: [
    { source: 'a', target: 'b', count: 2 },
    { source: 'a', target: 'c', count: 1 },
    { source: 'b', target: 'c', count: 1 },
    { source: 'c', target: 'd', count: 2 },
  ],
};

const slugs = (edge: { source: { slug: string }; target: { slug: string } }) =>
  `${edge.source.slug}-${edge.target.slug}`;

describe('cooccurrenceMap', () => {
  it('weighs nodes by passages, most mentioned first, each with its documents', () => {
    const map = cooccurrenceMap(counts, 'RAW', 1);
    expect(map.passageCount).toBe(5);
    expect(map.nodes.map((node) => [node.concept, node.weight, node.documents])).toEqual([
      [c, 3, ['essay-1', 'essay-2']],
      [a, 2, ['essay-1']],
      [b, 2, ['essay-1']],
      [d, 2, ['essay-2']],
    ]);
  });

  it('weighs edges by co-mentions, heaviest first, ties by slug, with the concepts loaded', () => {
    const map = cooccurrenceMap(counts, 'RAW', 1);
    expect(map.edges.map((edge) => [slugs(edge), edge.count, edge.weight])).toEqual([
      ['a-b', 2, 2],
      ['c-d', 2, 2],
      ['a-c', 1, 1],
      ['b-c', 1, 1],
    ]);
    expect(map.edges[0]!.source).toBe(a);
  });

  it('normalises by association strength or Jaccard', () => {
    const strength = cooccurrenceMap(counts, 'ASSOCIATION_STRENGTH', 1);
    expect(strength.edges.find((edge) => slugs(edge) === 'a-b')?.weight).toBeCloseTo(
      (2 * 5) / (2 * 2),
    );
    expect(strength.edges.find((edge) => slugs(edge) === 'a-c')?.weight).toBeCloseTo(
      (1 * 5) / (2 * 3),
    );
    const jaccard = cooccurrenceMap(counts, 'JACCARD', 1);
    expect(jaccard.edges.find((edge) => slugs(edge) === 'a-c')?.weight).toBeCloseTo(
      1 / (2 + 3 - 1),
    );
  });

  it('leaves out edges under minCount and clusters concepts that go together', () => {
    const map = cooccurrenceMap(counts, 'RAW', 2);
    expect(map.edges.map(slugs)).toEqual(['a-b', 'c-d']);
    expect(map.clusters.map((cluster) => cluster.concepts)).toEqual([
      [a, b],
      [c, d],
    ]);
    expect(map.nodes.map((node) => [node.concept.slug, node.cluster])).toEqual([
      ['c', 2],
      ['a', 1],
      ['b', 1],
      ['d', 2],
    ]);
  });

  it('refuses a pair of concepts it has no count for', () => {
    expect(() =>
      cooccurrenceMap({ ...counts, pairs: [{ source: 'a', target: 'e', count: 1 }] }, 'RAW', 1),
    ).toThrow('A co-mentioned concept e has no count');
  });
});
