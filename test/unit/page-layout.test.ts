import { describe, expect, it } from 'vitest';
import { LayoutError, paginate } from '../../seed/pipeline/page-layout.js';
import { ESSAY_METADATA, RAW_ESSAY } from '../support/seed-corpus.js';

describe('paginate (the seed essay)', () => {
  const lines = paginate(RAW_ESSAY, ESSAY_METADATA.runningHeader, ESSAY_METADATA.bodyEndsBefore);
  const pageOf = (start: string) => lines.find((line) => line.raw.trim().startsWith(start))?.page;

  it('numbers pages from the printed numbers, inferring the rest', () => {
    expect(pageOf('Wat bepaalt de kracht van de stad?')).toBe(4);
    expect(pageOf('Inleiding')).toBe(7);
    expect(pageOf('Vooral banen op mbo-niveau')).toBe(8);
    expect(pageOf('economie die overgaat van industrie')).toBe(9);
    expect(pageOf('Twee gezichten')).toBe(10);
    expect(pageOf('de regionaal economische geografie in een rap tempo')).toBe(17);
    expect(pageOf('Tabel 1')).toBe(22);
    expect(pageOf('belastinginkomsten hebben.48')).toBe(24);
  });

  it('drops the printed page numbers, running headers, blank lines and everything after the body', () => {
    const texts = lines.map((line) => line.raw.trim());
    expect(texts).not.toContain('Bouwstenen voor de regionale arbeidsmarkt');
    expect(texts).not.toContain('17');
    expect(texts).not.toContain('');
    expect(texts.at(-1)).toBe('stige generaties.');
    expect(texts.some((text) => text.includes('Om de kennis te verbinden'))).toBe(false);
  });

  it('refuses printed numbers that contradict the page count', () => {
    const raw =
      ' first page\n\nsome text\n\n3\n\nHeader\n\nsecond page text\n\n5\n\nHeader\n\nthird';
    expect(() => paginate(raw, 'Header')).toThrow(LayoutError);
    expect(() => paginate(raw, 'Header')).toThrow(
      'printed page numbers disagree with the page count',
    );
  });

  it('refuses a bodyEndsBefore that matches no line', () => {
    expect(() => paginate(RAW_ESSAY, 'x', 'No such line')).toThrow(
      'bodyEndsBefore "No such line" must match exactly one line; it matches 0',
    );
  });
});
