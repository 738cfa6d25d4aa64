import { describe, expect, it } from 'vitest';
import {
  changedFullTextIndexes,
  FULLTEXT_INDEXES,
  SEARCH_INDEX,
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
