import { describe, expect, it } from 'vitest';
import { MentionMatcher } from '../../seed/pipeline/mentions.js';
import { normaliseWord } from '../../src/domain/text-normalisation.js';

const matcher = new MentionMatcher([
  {
    ref: { label: 'Concept', slug: 'gerelateerde-varieteit' },
    labels: ['gerelateerde variëteit', 'related variety'],
  },
  { ref: { label: 'Concept', slug: 'regio' }, labels: ['regio’s'] },
  { ref: { label: 'Regulation', slug: 'ww' }, labels: ['WW'] },
  { ref: { label: 'Regulation', slug: 'wwb' }, labels: ['WWB', 'Wet werk en bijstand'] },
  { ref: { label: 'Region', slug: 'zuid-limburg' }, labels: ['Zuid-Limburg'] },
  { ref: { label: 'Region', slug: 'zuidoost-limburg' }, labels: ['Zuid-Oost Limburg'] },
  { ref: { label: 'Region', slug: 'limburg' }, labels: ['Limburg'] },
  {
    ref: { label: 'Region', slug: 'eindhoven' },
    labels: ['Brainport Regio Eindhoven', 'Eindhoven'],
  },
  {
    ref: { label: 'Concept', slug: 'voortijdig-schoolverlaten' },
    labels: ['voortijdig schoolverlaten'],
  },
  {
    ref: { label: 'PolicyInstrument', slug: 'voorkomen-vsv' },
    labels: ['voorkomen van voortijdig schoolverlaten'],
  },
]);

const slugsIn = (text: string) =>
  matcher
    .find(text)
    .map((mention) => mention.entity.slug)
    .sort();

describe('MentionMatcher', () => {
  it('ignores case, accents and the kind of apostrophe', () => {
    expect(normaliseWord('Variëteit')).toBe('varieteit');
    expect(normaliseWord('regio’s')).toBe(normaliseWord("regio's"));
    const [mention] = matcher.find("Gerelateerde varieteit dus, en de regio's en regios.");
    expect(mention).toEqual({
      entity: { label: 'Concept', slug: 'gerelateerde-varieteit' },
      count: 1,
      surfaces: ['Gerelateerde varieteit'],
    });
    expect(
      matcher.find("regio's, regio’s en regios").find((found) => found.entity.slug === 'regio'),
    ).toMatchObject({
      count: 3,
      surfaces: ["regio's", 'regio’s', 'regios'],
    });
  });

  it('matches whole words only, with a hyphen separating words', () => {
    expect(slugsIn('de WWB sinds 2004')).toEqual(['wwb']);
    expect(slugsIn('438.000 WW-uitkeringen')).toEqual(['ww']);
    expect(slugsIn('wwbx en aww')).toEqual([]);
  });

  it('finds multi-word labels, in any of their forms, as written', () => {
    expect(matcher.find('in Oost-Groningen of Zuid-Oost Limburg wonen')).toEqual([
      {
        entity: { label: 'Region', slug: 'zuidoost-limburg' },
        count: 1,
        surfaces: ['Zuid-Oost Limburg'],
      },
    ]);
    expect(slugsIn('the Wet werk en bijstand and related variety')).toEqual([
      'gerelateerde-varieteit',
      'wwb',
    ]);
  });

  it('keeps what an instrument names as a mention beside the instrument', () => {
    expect(slugsIn('het voorkomen van voortijdig schoolverlaten in de regio’s')).toEqual([
      'regio',
      'voorkomen-vsv',
      'voortijdig-schoolverlaten',
    ]);
    expect(slugsIn('voortijdig schoolverlaten')).toEqual(['voortijdig-schoolverlaten']);
  });
});
