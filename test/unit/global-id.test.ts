import { describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../src/graphql/global-id.js';

describe('global ids', () => {
  it('round-trips label and slug', () => {
    const id = toGlobalId('Person', 'ruud-dorenbos');
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromGlobalId(id)).toEqual({ label: 'Person', slug: 'ruud-dorenbos' });
  });

  it.each([
    ['', 'empty'],
    ['not an id', 'not base64url'],
    [Buffer.from('Essay').toString('base64url'), 'no separator'],
    [Buffer.from('Spaceship:x').toString('base64url'), 'unknown label'],
    [Buffer.from('Essay:').toString('base64url'), 'empty slug'],
    [`${Buffer.from('Essay:x').toString('base64url')}=`, 'non-canonical encoding'],
  ])('rejects %j (%s) as bad user input', (id) => {
    expect(() => fromGlobalId(id)).toThrow(/is not a global id issued by this API/);
  });
});
