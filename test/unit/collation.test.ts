import { describe, expect, it } from 'vitest';
import { collationKey } from '../../src/domain/collation.js';

const DUTCH = new Intl.Collator('nl', { sensitivity: 'base', ignorePunctuation: true });

const NAMES = [
  "'s-Hertogenbosch",
  'Éénjarig',
  'een',
  'eenjarig',
  'IJmuiden',
  'ijs',
  '21st century skills',
  '2e generatie',
  'agglomeratie-effecten',
  'agglomeratieeffecten',
  'Agglomeratie',
  'Zuid-Limburg',
  'zuidelijk',
  'zuid limburg',
  '(Om)scholingsbeleid',
  'omscholing',
  'Øresund',
  'Straße',
  'strasse',
  'regio’s',
  'regios',
  'variëteit',
  'Varieteit',
  'Wsw’ers',
];

describe('collationKey', () => {
  it('orders every pair of names as Dutch collation does, ignoring case, accents and punctuation', () => {
    // The database compares keys by code point, as `<` does here.
    const byKey = (a: string, b: string) => {
      const [x, y] = [collationKey(a), collationKey(b)];
      return x < y ? -1 : x > y ? 1 : 0;
    };
    for (const a of NAMES) {
      for (const b of NAMES) {
        expect(byKey(a, b), `${a} vs ${b}`).toBe(Math.sign(DUTCH.compare(a, b)));
      }
    }
  });

  it('is the same key for spellings Dutch collation calls equal', () => {
    expect(collationKey('Zuid-Limburg')).toBe(collationKey('zuid limburg'));
    expect(collationKey('Éénjarig')).toBe(collationKey('eenjarig'));
    expect(collationKey('Straße')).toBe(collationKey('strasse'));
  });
});
