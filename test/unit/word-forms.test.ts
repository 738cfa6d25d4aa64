import { describe, expect, it } from 'vitest';
import { hyphenatedRuns, searchableText } from '../../src/domain/text-normalisation.js';
import { indexedText, wordForms } from '../../src/domain/word-forms.js';

describe('wordForms', () => {
  it.each([
    // Plurals in -s after a vowel, which Lucene's Dutch stemmer keeps apart from the singular.
    ['regios', ['regio']],
    ['euros', ['euro']],
    ['gemeentes', ['gemeente']],
    // Diminutives, singular and plural.
    ['huisje', ['huis']],
    ['stadje', ['stad']],
    ['bedrijfje', ['bedrijf']],
    ['baantje', ['baant', 'baan']],
    ['baantjes', ['baantje', 'baant', 'baan']],
    ['autootje', ['autoot', 'auto']],
    ['boompje', ['boomp', 'boom']],
    ['balletje', ['ballet', 'balle', 'bal']],
    // Plurals whose s or f is voiced before -en.
    ['huizen', ['huis']],
    ['bedrijven', ['bedrijf']],
  ])('gives %s the forms %j', (word, forms) => {
    expect(wordForms(word)).toEqual(forms);
  });

  it.each(['regio', 'arbeidsmarkt', 'randstad', 'was', 'bus', 'je', 'productivity', 'growth'])(
    'leaves %s alone: a word with no other form, or too short to guess one',
    (word) => {
      expect(wordForms(word)).toEqual([]);
    },
  );
});

describe('hyphenatedRuns', () => {
  it('joins words on a hyphen between letters only, with the offsets of the run and its words', () => {
    const text = 'de Randstad-regio’s en arbeids- en woningmarkt – Zuid-Oost Limburg';
    const runs = hyphenatedRuns(text);
    expect(runs.map((run) => run.joined)).toEqual([
      'de',
      'randstadregios',
      'en',
      'arbeids',
      'en',
      'woningmarkt',
      'zuidoost',
      'limburg',
    ]);
    const compound = runs[1]!;
    expect(text.slice(compound.start, compound.end)).toBe('Randstad-regio’s');
    expect(compound.parts.map((part) => text.slice(part.start, part.end))).toEqual([
      'Randstad',
      'regio’s',
    ]);
  });
});

describe('indexedText', () => {
  it('stores a hyphenated run as its words and as one word, each with its forms', () => {
    expect(indexedText("in de Randstad-regio's")).toBe(
      'in de randstad regios regio randstadregios randstadregio',
    );
  });

  it('keeps every word searchableText gives, in order, and only adds', () => {
    const text =
      'De agglomeratie-effecten van de Randstad zijn juist minder groot; regio’s, baantjes.';
    const indexed = indexedText(text, 'tweede tekst').split(' ');
    const plain = searchableText(text, 'tweede tekst').split(' ');
    expect(indexed.filter((word) => plain.includes(word))).toEqual(plain);
    expect(indexed).toEqual(
      expect.arrayContaining(['agglomeratieeffecten', 'regio', 'baantje', 'baan']),
    );
  });

  it('is empty for no text', () => {
    expect(indexedText(null, undefined, '')).toBe('');
  });
});
