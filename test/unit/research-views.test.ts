/**
 * How the research views are assembled from what the repositories read: the instrument matrix
 * and what two sides of a bridge share (the concept map: cooccurrence.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { requireBridgeable, sharedBetween } from '../../src/domain/bridge.js';
import { BadUserInputError } from '../../src/domain/errors.js';
import { instrumentMatrix, type Placement } from '../../src/domain/instrument-matrix.js';
import type { PolicyInstrumentModel, ThemeModel } from '../../src/domain/models.js';

const theme = (slug: string): ThemeModel => ({
  label: 'Theme',
  slug,
  labels: { nl: slug, en: slug, altNl: [], altEn: [] },
  facets: [],
  passageCount: 0,
  definition: null,
});
const instrument = (slug: string, horizon: 'SHORT' | 'LONG'): PolicyInstrumentModel => ({
  label: 'PolicyInstrument',
  slug,
  name: slug,
  labels: { nl: slug, en: null, altNl: [], altEn: [] },
  facets: [],
  passageCount: 0,
  horizon,
});

describe('instrumentMatrix', () => {
  const placements: Placement[] = [
    { theme: theme('weerbaarheid'), instrument: instrument('scholing', 'SHORT'), column: 2 },
    { theme: theme('inclusiviteit'), instrument: instrument('stages', 'SHORT'), column: 1 },
    { theme: theme('inclusiviteit'), instrument: instrument('job-carving', 'LONG'), column: 1 },
    { theme: theme('hervorming'), instrument: instrument('fondsvorming', 'LONG'), column: 3 },
  ];

  it('keeps the columns in printed order, SHORT before LONG, with every cell even when empty', () => {
    const matrix = instrumentMatrix(placements);
    expect(matrix.themes.map((column) => column.slug)).toEqual([
      'inclusiviteit',
      'weerbaarheid',
      'hervorming',
    ]);
    expect(matrix.horizons).toEqual(['SHORT', 'LONG']);
    expect(
      matrix.cells.map((cell) => [
        cell.theme.slug,
        cell.horizon,
        cell.instruments.map((item) => item.slug),
      ]),
    ).toEqual([
      ['inclusiviteit', 'SHORT', ['stages']],
      ['inclusiviteit', 'LONG', ['job-carving']],
      ['weerbaarheid', 'SHORT', ['scholing']],
      ['weerbaarheid', 'LONG', []],
      ['hervorming', 'SHORT', []],
      ['hervorming', 'LONG', ['fondsvorming']],
    ]);
  });

  it('is empty for a graph without tables', () => {
    expect(instrumentMatrix([])).toEqual({ themes: [], horizons: ['SHORT', 'LONG'], cells: [] });
  });
});

describe('bridges', () => {
  const node = (label: 'Essay' | 'Theme' | 'Concept' | 'Person' | 'Table', slug: string) => ({
    label,
    slug,
  });

  it('share what both sides have, in the first side’s order, each once', () => {
    expect(
      sharedBetween(
        [node('Person', 'b'), node('Person', 'a'), node('Person', 'b'), node('Person', 'c')],
        [node('Person', 'a'), node('Person', 'b')],
      ),
    ).toEqual([node('Person', 'b'), node('Person', 'a')]);
    expect(sharedBetween([node('Concept', 'x')], [node('Person', 'x')])).toEqual([]);
  });

  it('span two different nodes that passages stand for, and nothing else', () => {
    expect(() => requireBridgeable(node('Essay', 'a'), node('Concept', 'b'))).not.toThrow();
    expect(() => requireBridgeable(node('Essay', 'a'), node('Essay', 'a'))).toThrow(
      '`a` and `b` are the same node; a bridge needs two',
    );
    expect(() => requireBridgeable(node('Theme', 'a'), node('Essay', 'b'))).not.toThrow();
    // A theme that is also a concept is one node under two types.
    expect(() => requireBridgeable(node('Theme', 'a'), node('Concept', 'a'))).toThrow(
      '`a` and `b` are the same node; a bridge needs two',
    );
    expect(() => requireBridgeable(node('Essay', 'a'), node('Concept', 'a'))).not.toThrow();
    expect(() => requireBridgeable(node('Table', 'a'), node('Essay', 'b'))).toThrow(
      BadUserInputError,
    );
    expect(() => requireBridgeable(node('Table', 'a'), node('Essay', 'b'))).toThrow(
      /^A Table cannot be bridged; pass one of Project, Essay, Preface, Person, Organisation, Section, Passage, Concept, Theme, PolicyInstrument, Region, Regulation, Finding$/,
    );
  });
});
