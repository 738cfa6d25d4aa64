import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../src/domain/errors.js';
import { fullTextQuery } from '../../src/domain/search-query.js';

describe('fullTextQuery', () => {
  it('asks for every word, each in its forms, or for any of them one by one', () => {
    expect(fullTextQuery('Ring rond de regio’s')).toEqual({
      allWords: 'ring AND rond AND de AND (regios OR regio)',
      eachWord: ['ring', 'rond', 'de', '(regios OR regio)'],
      normalised: 'ring rond de regios',
      terms: ['ring', 'rond', 'de', 'regios', 'regio'],
    });
  });

  it('asks for a hyphenated run as its words or as one word, and a joined word as written', () => {
    expect(fullTextQuery("Randstad-regio's")).toMatchObject({
      allWords: '((randstad AND (regios OR regio)) OR randstadregios OR randstadregio)',
      eachWord: ['randstad', '(regios OR regio)', '(randstadregios OR randstadregio)'],
      normalised: 'randstad-regios',
    });
    expect(fullTextQuery("Randstadregio's")).toMatchObject({
      allWords: '(randstadregios OR randstadregio)',
      eachWord: ['(randstadregios OR randstadregio)'],
    });
  });

  it('asks for a repeated word once', () => {
    expect(fullTextQuery('regio Regio REGIO')?.allWords).toBe('regio');
  });

  it.each(['', '  ', '"*?~', '🙂'])('finds nothing for %j, which has no words', (input) => {
    expect(fullTextQuery(input)).toBeNull();
  });

  it('passes no Lucene syntax on: operators and special characters are plain words or nothing', () => {
    const query = fullTextQuery('titel:(x AND y) OR NOT "z"~2 [1 TO 5]');
    expect(query?.allWords).toBe(
      'titel AND x AND and AND y AND or AND not AND z AND 2 AND 1 AND to AND 5',
    );
  });

  it('refuses more than 64 distinct words', () => {
    const words = Array.from({ length: 65 }, (_, index) => `w${index}`).join('-');
    expect(() => fullTextQuery(words)).toThrow(
      new BadUserInputError('A search takes at most 64 words (got 65)'),
    );
  });
});
