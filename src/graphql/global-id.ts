/**
 * Relay global ids: the node's label and slug, base64url-encoded. Opaque to clients, stable across
 * reseeding because slugs are.
 */
import { BadUserInputError } from '../domain/errors.js';
import { isNodeLabel, type NodeLabel } from '../domain/graph-model.js';

export function toGlobalId(label: NodeLabel, slug: string): string {
  return Buffer.from(`${label}:${slug}`, 'utf8').toString('base64url');
}

/** @throws BadUserInputError when `id` was not issued by `toGlobalId`. */
export function fromGlobalId(id: string): { label: NodeLabel; slug: string } {
  const decoded = /^[A-Za-z0-9_-]+$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  const separator = decoded.indexOf(':');
  const label = decoded.slice(0, separator);
  const slug = decoded.slice(separator + 1);
  if (separator <= 0 || !isNodeLabel(label) || slug === '' || toGlobalId(label, slug) !== id) {
    throw new BadUserInputError(`${JSON.stringify(id)} is not a global id issued by this API`);
  }
  return { label, slug };
}
