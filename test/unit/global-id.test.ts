import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../src/domain/errors.js';
import { lookupSlug, nodeKey, slugOf, toGlobalId } from '../../src/graphql/global-id.js';

describe('global ids', () => {
  it('round-trips label and slug, and reads the readable form `Type:slug` alike', () => {
    const id = toGlobalId('Person', 'ruud-dorenbos');
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(nodeKey(id)).toEqual({ label: 'Person', slug: 'ruud-dorenbos' });
    expect(nodeKey('Person:ruud-dorenbos')).toEqual(nodeKey(id));
  });

  it('issues the same id for a node however many other ids were issued in between', () => {
    const first = toGlobalId('Concept', 'économie-de-proximité');
    expect(first).toBe(Buffer.from('Concept:économie-de-proximité').toString('base64url'));
    const others = Array.from({ length: 120_000 }, (_, index) =>
      toGlobalId('Passage', `passage-${index}`),
    );
    expect(new Set(others).size).toBe(others.length);
    expect(nodeKey(others[77_777]!)).toEqual({ label: 'Passage', slug: 'passage-77777' });
    expect(toGlobalId('Concept', 'économie-de-proximité')).toBe(first);
  });

  it.each([
    ['', 'empty'],
    ['not an id', 'not base64url'],
    [Buffer.from('Essay').toString('base64url'), 'no separator'],
    [Buffer.from('Spaceship:x').toString('base64url'), 'unknown label'],
    ['Spaceship:x', 'unknown label, readable'],
    [Buffer.from('Essay:').toString('base64url'), 'empty slug'],
    ['Essay:', 'empty slug, readable'],
    [`${Buffer.from('Essay:x').toString('base64url')}=`, 'non-canonical encoding'],
  ])('rejects %j (%s) as bad user input', (id) => {
    expect(() => nodeKey(id)).toThrow(BadUserInputError);
    expect(() => nodeKey(id)).toThrow(/must be a global id issued by this API or `Type:slug`/);
  });

  it('quotes at most a short prefix of a long value in its error', () => {
    const id = 'x'.repeat(10_000);
    expect(() => nodeKey(id)).toThrow(/"x{60}"… \(10000 characters\)/);
  });
});

describe('node arguments of a fixed type', () => {
  it('take a global id, `Type:slug` or a bare slug', () => {
    for (const value of [
      toGlobalId('Concept', 'job-carving'),
      'Concept:job-carving',
      'job-carving',
    ]) {
      expect(slugOf(value, 'Concept', 'concept')).toBe('job-carving');
    }
  });

  it('refuse a node of another type, naming the argument', () => {
    expect(() => slugOf(toGlobalId('Region', 'randstad'), 'Concept', 'concept')).toThrow(
      '`concept` must name a Concept (got Region "randstad")',
    );
  });
});

describe('lookups by slug or id', () => {
  it('take either, or both when they name the same node', () => {
    expect(lookupSlug('Essay', { slug: 'a' })).toBe('a');
    expect(lookupSlug('Essay', { id: toGlobalId('Essay', 'a') })).toBe('a');
    expect(lookupSlug('Essay', { slug: 'a', id: 'Essay:a' })).toBe('a');
  });

  it('refuse neither, and two that disagree', () => {
    expect(() => lookupSlug('Essay', {})).toThrow("Give the Essay's `slug` or its `id`");
    expect(() => lookupSlug('Essay', { slug: 'a', id: 'Essay:b' })).toThrow(
      '`slug` "a" and `id` (Essay "b") name different nodes; give one',
    );
  });
});
