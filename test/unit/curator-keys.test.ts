import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { CuratorKeys } from '../../src/curator-keys.js';
import { requireCurator } from '../../src/domain/curator.js';
import { UnauthenticatedError } from '../../src/domain/errors.js';

const ALICE_KEY = 'a'.repeat(24);
const BOB_KEY = 'Bob-key_0123456789.~+/abc==';

describe('KKS_CURATOR_KEYS', () => {
  it('configures no curator when unset: reads stay public and no one writes', () => {
    expect(loadConfig({}).curators).toEqual([]);
  });

  it('reads comma-separated name:key pairs, spaces around entries ignored', () => {
    expect(
      loadConfig({ KKS_CURATOR_KEYS: `alice:${ALICE_KEY}, bob:${BOB_KEY} ` }).curators,
    ).toEqual([
      { name: 'alice', key: ALICE_KEY },
      { name: 'bob', key: BOB_KEY },
    ]);
  });

  it.each([
    [
      'a key shorter than 24 characters',
      `alice:${'a'.repeat(23)}`,
      'entry 1 has a key that is too short',
    ],
    ['a key with a space', `alice:${'a'.repeat(12)} ${'a'.repeat(12)}`, 'entry 1 has a key'],
    ['an entry without a name', `alice:${ALICE_KEY},${BOB_KEY}`, 'entry 2 is not name:key'],
    ['a repeated name', `alice:${ALICE_KEY},alice:${BOB_KEY}`, 'entry 2 repeats a name'],
    ['a repeated key', `alice:${ALICE_KEY},bob:${ALICE_KEY}`, 'entry 2 repeats a key'],
  ])('refuses %s, naming the entry but never a key or name', (_, value, problem) => {
    const error = (() => {
      try {
        loadConfig({ KKS_CURATOR_KEYS: value });
      } catch (caught) {
        return caught as Error;
      }
      throw new Error('expected a ConfigError');
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^KKS_CURATOR_KEYS must be comma-separated name:key pairs/);
    expect(error.message).toContain(problem);
    expect(error.message).toMatch(/\(got a value that is not shown\)$/);
    expect(error.message).not.toContain('aaaaaaaaaaaa');
    expect(error.message).not.toContain('alice');
    expect(error.message).not.toContain(BOB_KEY);
  });
});

describe('CuratorKeys', () => {
  const keys = new CuratorKeys([
    { name: 'alice', key: ALICE_KEY },
    { name: 'bob', key: BOB_KEY },
  ]);

  it('names the curator whose key a bearer header carries', () => {
    expect(keys.viewerFor(`Bearer ${ALICE_KEY}`)).toEqual({ kind: 'curator', curator: 'alice' });
    expect(keys.viewerFor(`bearer  ${BOB_KEY}`)).toEqual({ kind: 'curator', curator: 'bob' });
  });

  it('is anonymous without a header, and anonymous with a presented but invalid one', () => {
    expect(keys.viewerFor(undefined)).toEqual({ kind: 'anonymous', presented: false });
    expect(keys.viewerFor('')).toEqual({ kind: 'anonymous', presented: false });
    for (const header of [
      `Bearer ${ALICE_KEY}x`,
      `Bearer ${ALICE_KEY.slice(1)}`,
      ALICE_KEY,
      `Basic ${ALICE_KEY}`,
      `Bearer ${ALICE_KEY} ${BOB_KEY}`,
      'Bearer',
    ]) {
      expect(keys.viewerFor(header)).toEqual({ kind: 'anonymous', presented: true });
    }
  });

  it('lets no one write when no keys are configured', () => {
    expect(new CuratorKeys([]).viewerFor(`Bearer ${ALICE_KEY}`)).toEqual({
      kind: 'anonymous',
      presented: true,
    });
  });
});

describe('requireCurator', () => {
  it('returns the curator, or throws UNAUTHENTICATED saying what is missing', () => {
    expect(requireCurator({ kind: 'curator', curator: 'alice' })).toBe('alice');
    expect(() => requireCurator({ kind: 'anonymous', presented: false })).toThrow(
      new UnauthenticatedError(
        'Writes need a curator key: send `Authorization: Bearer <key>` (reads need none)',
      ),
    );
    expect(() => requireCurator({ kind: 'anonymous', presented: true })).toThrow(
      /does not carry a valid one/,
    );
  });
});
