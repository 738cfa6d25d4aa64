import { describe, expect, it } from 'vitest';
import { snippet } from '../../src/graphql/snippet.js';

const marked = (text: string, terms: string[]) => {
  const { snippet: excerpt, highlights } = snippet(text, terms);
  return highlights.map((range) => excerpt.slice(range.start, range.end));
};

describe('snippet', () => {
  it('lights up the words that share a searched word’s stem', () => {
    expect(marked('De regionale arbeidsmarkten en de regio’s', ['arbeidsmarkt'])).toEqual([
      'arbeidsmarkten',
    ]);
  });

  it('lights up a hyphenated run whole when only the run as one word matches', () => {
    const text = 'Het is helder dat in de Randstad-regio’s de meeste goederen worden geproduceerd.';
    expect(marked(text, ['randstadregios', 'randstadregio'])).toEqual(['Randstad-regio’s']);
    expect(marked(text, ['randstad'])).toEqual(['Randstad']);
  });
});
