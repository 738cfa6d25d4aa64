import { describe, expect, it } from 'vitest';
import { FootnoteSequence, joinHyphenated } from '../../seed/pipeline/text-repair.js';

const rules = { keepHyphenAfter: new Set(['hbo', 'mbo']), properNames: new Set(['Randstad']) };

describe('joinHyphenated (pairs of lines from the corpus)', () => {
  it.each([
    [
      'Hoogopgeleiden trekken naar stedelij-',
      'ke agglomeraties',
      'Hoogopgeleiden trekken naar stedelijke agglomeraties',
    ],
    ['Werklo-', 'zen en arbeidsbeperkten', 'Werklozen en arbeidsbeperkten'],
    [
      'verantwoordelijkheidsverdelingen over verschillende bestuurslagen (gemeen-',
      'ten: Participatiewet',
      'verantwoordelijkheidsverdelingen over verschillende bestuurslagen (gemeenten: Participatiewet',
    ],
    ['een opleiding op hbo-', 'niveau noodzakelijk', 'een opleiding op hbo-niveau noodzakelijk'],
    [
      'als gevolg van ICT-ontwik-',
      'kelingen, globalisering',
      'als gevolg van ICT-ontwikkelingen, globalisering',
    ],
    [
      'een percentage van het gemeente-',
      'of participatiebudget',
      'een percentage van het gemeente- of participatiebudget',
    ],
    [
      'Het is helder dat in de Randstad-',
      'regio’s de meeste goederen',
      'Het is helder dat in de Randstad-regio’s de meeste goederen',
    ],
    ['De agglomeratie-', 'effecten van de Randstad', 'De agglomeratie-effecten van de Randstad'],
  ])('joins %j + %j', (left, right, joined) => {
    expect(joinHyphenated(left, right, rules)).toBe(joined);
  });
});

describe('FootnoteSequence (lines from the corpus)', () => {
  it('removes glued footnote numbers in sequence and records them', () => {
    const sequence = new FootnoteSequence({ first: 2, last: 48 });
    expect(
      sequence.strip('2015 en een vervangingsvraag van in totaal 2,6 miljoen banen.2 Vooral in de'),
    ).toEqual({
      text: '2015 en een vervangingsvraag van in totaal 2,6 miljoen banen. Vooral in de',
      footnotes: [2],
    });
    expect(
      sequence.strip('(in vergelijking met andere EU-landen), later juist opvallend snel.3'),
    ).toEqual({
      text: '(in vergelijking met andere EU-landen), later juist opvallend snel.',
      footnotes: [3],
    });
    expect(sequence.next).toBe(4);
  });

  it('keeps numbers that are content: decimals, levels, amounts, dates, 21st', () => {
    const sequence = new FootnoteSequence({ first: 21, last: 48 });
    for (const line of [
      'De afgelopen jaren is de werkloosheid toegenomen van 3,8 procent in',
      'Vooral banen op mbo-niveau 2 en 3 dreigen door automatisering te verdwij-',
      'invoering van de Participatiewet vanaf 1 januari 2015 de groep bijstandscliën-',
    ]) {
      expect(sequence.strip(line)).toEqual({ text: line, footnotes: [] });
    }
    expect(
      sequence.strip('21st century skills.21 Deze verandering van werkgelegenheids- en beroepen-'),
    ).toEqual({
      text: '21st century skills. Deze verandering van werkgelegenheids- en beroepen-',
      footnotes: [21],
    });
  });

  it('takes a number after a year and a full stop, after a space, or after a thin space', () => {
    const sequence = new FootnoteSequence({ first: 5, last: 48 });
    expect(
      sequence.strip('lichte groei van 20.000 banen in 2015.5 Daarbij is het').footnotes,
    ).toEqual([5]);
    const later = new FootnoteSequence({ first: 10, last: 48 });
    expect(
      later.strip(
        'stedelijke regio’s is een gezamenlijke aanpak van ‘stad en ommeland’ vereist. 10',
      ).text,
    ).toBe('stedelijke regio’s is een gezamenlijke aanpak van ‘stad en ommeland’ vereist.');
    const quoted = new FootnoteSequence({ first: 31, last: 48 });
    expect(quoted.strip('Netherlands.”\u200931').text).toBe('Netherlands.”');
  });

  it('accepts the repeated number the extraction prints, and rejects numbers far from the sequence', () => {
    const sequence = new FootnoteSequence({ first: 6, last: 48 });
    expect(sequence.strip('korte termijn terugkomen.6').footnotes).toEqual([6]);
    expect(sequence.strip('in de bijstand terechtkomen.6 De gemeenten').footnotes).toEqual([6]);
    expect(sequence.strip('Daarom heeft Platform31 sleutel-').footnotes).toEqual([]);
  });
});
