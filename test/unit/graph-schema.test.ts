import { describe, expect, it } from 'vitest';
import {
  changedFullTextIndexes,
  FULLTEXT_INDEXES,
  RANGE_INDEXES,
  SEARCH_INDEX,
  supersededRangeIndexes,
} from '../../src/repositories/graph-schema.repository.js';

describe('changedFullTextIndexes', () => {
  it('names an index of ours whose labels, properties or analyzer differ, and no other', () => {
    const [search, labels] = FULLTEXT_INDEXES;
    expect(
      changedFullTextIndexes([
        { ...search!, labels: search!.labels.filter((label) => label !== 'Person') },
        { ...labels!, labels: [...labels!.labels].reverse() },
        { name: 'someone_elses', labels: ['X'], properties: ['y'], analyzer: 'english' },
      ]),
    ).toEqual([SEARCH_INDEX]);
    expect(changedFullTextIndexes([{ ...search!, analyzer: 'standard' }])).toEqual([SEARCH_INDEX]);
    expect(changedFullTextIndexes([...FULLTEXT_INDEXES])).toEqual([]);
  });
});

describe('supersededRangeIndexes', () => {
  it('names an index of ours that the schema no longer has, and no other', () => {
    expect(
      supersededRangeIndexes([
        // Made by an earlier version: the sort property alone.
        { name: 'concept_sortkey', labels: ['Concept'] },
        { name: 'passage_readingkey', labels: ['Passage'] },
        // On relationships: one of ours, and someone else's.
        { name: 'mentions_listowner', labels: ['MENTIONS'] },
        { name: 'count_of_mentions', labels: ['MENTIONS'] },
        ...RANGE_INDEXES.map((index) => ({ name: index.name, labels: [index.label] })),
        { name: 'someone_elses', labels: ['Concept'] },
        { name: 'other_thing_index', labels: ['Thing'] },
      ]),
    ).toEqual(['concept_sortkey', 'passage_readingkey', 'mentions_listowner']);
  });
});
