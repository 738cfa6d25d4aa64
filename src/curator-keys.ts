/**
 * Tells curators from anonymous readers by the request's `Authorization: Bearer <key>` header.
 * Nothing here logs or returns what a caller sent.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { CuratorKey } from './config.js';
import { ANONYMOUS, type Viewer } from './domain/curator.js';

/** RFC 6750: the scheme is case-insensitive, the token one run of non-space characters. */
const BEARER = /^Bearer +(\S+) *$/i;

export class CuratorKeys {
  /** Digests, not keys: fixed-length values that `timingSafeEqual` can compare. */
  private readonly digests: readonly { readonly name: string; readonly digest: Buffer }[];

  constructor(curators: readonly CuratorKey[]) {
    this.digests = curators.map(({ name, key }) => ({ name, digest: sha256(key) }));
  }

  /**
   * The viewer a request's Authorization header identifies: the curator whose key it carries, or
   * anonymous (with `presented` telling a wrong or malformed credential from none). The key is
   * compared with every configured key in constant time and without stopping at a match, so the
   * response time tells a caller neither how close a guess came nor which curator it matched.
   */
  viewerFor(authorization: string | undefined): Viewer {
    if (authorization === undefined || authorization.trim() === '') return ANONYMOUS;
    const token = BEARER.exec(authorization)?.[1];
    if (token === undefined) return { kind: 'anonymous', presented: true };
    const digest = sha256(token);
    let curator: string | null = null;
    for (const candidate of this.digests) {
      if (timingSafeEqual(candidate.digest, digest) && curator === null) curator = candidate.name;
    }
    return curator === null ? { kind: 'anonymous', presented: true } : { kind: 'curator', curator };
  }
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
