/**
 * Who is asking. Reads are public; writes need a curator, identified by a key from configuration.
 * A viewer is derived once per request (see src/curator-keys.ts) and never holds the key itself.
 */
import { UnauthenticatedError } from './errors.js';

/** A curator's name as configured in KKS_CURATOR_KEYS; it is what writes record as `createdBy`. */
export type CuratorName = string;

export type Viewer =
  | { readonly kind: 'curator'; readonly curator: CuratorName }
  /** `presented`: whether the request carried credentials at all (they were not a curator key). */
  | { readonly kind: 'anonymous'; readonly presented: boolean };

export const ANONYMOUS: Viewer = { kind: 'anonymous', presented: false };

/**
 * The curator making a write.
 * @throws UnauthenticatedError when the request carried no curator key, or one that is not valid;
 *   the message never repeats what was sent.
 */
export function requireCurator(viewer: Viewer): CuratorName {
  if (viewer.kind === 'curator') return viewer.curator;
  throw new UnauthenticatedError(
    viewer.presented
      ? 'Writes need a curator key, and the Authorization header does not carry a valid one'
      : 'Writes need a curator key: send `Authorization: Bearer <key>` (reads need none)',
  );
}
