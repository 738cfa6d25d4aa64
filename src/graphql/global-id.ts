/**
 * Relay global ids and the arguments that name nodes. A global id is the node's label and slug,
 * `Concept:job-carving`, base64url-encoded: opaque to clients, stable across reseeding because slugs
 * are. Arguments that name a node also take that readable form, and, where the argument names a
 * node of one label, the bare slug.
 */
import { BadUserInputError } from '../domain/errors.js';
import { isNodeLabel, type NodeLabel } from '../domain/graph-model.js';
import { quoted } from '../domain/quoted.js';

export interface NodeKey {
  readonly label: NodeLabel;
  readonly slug: string;
}

/**
 * Ids issued lately, by label, then slug. Encoding through a Buffer was a tenth of the CPU of an
 * answer that lists hundreds of nodes (a neighbourhood); two lookups cost next to nothing, and
 * the slug, unlike `Type:slug`, need not be built to look it up. Emptied when full, so it never
 * holds more than ISSUED_KEPT ids, however large the graph.
 */
const issued = new Map<NodeLabel, Map<string, string>>();
let issuedCount = 0;
const ISSUED_KEPT = 50_000;

export function toGlobalId(label: NodeLabel, slug: string): string {
  const known = issued.get(label)?.get(slug);
  if (known !== undefined) return known;
  if (issuedCount >= ISSUED_KEPT) {
    issued.clear();
    issuedCount = 0;
  }
  const id = Buffer.from(`${label}:${slug}`, 'utf8').toString('base64url');
  const ofLabel = issued.get(label) ?? new Map<string, string>();
  issued.set(label, ofLabel.set(slug, id));
  issuedCount += 1;
  return id;
}

/** The node a global id names, or null when `id` is not one this API issues. */
function decodeGlobalId(id: string): NodeKey | null {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const key = readableKey(Buffer.from(id, 'base64url').toString('utf8'));
  return key !== null && toGlobalId(key.label, key.slug) === id ? key : null;
}

/** `Type:slug` read as a node key, or null when it is not of that form. */
function readableKey(text: string): NodeKey | null {
  const separator = text.indexOf(':');
  const label = text.slice(0, separator);
  const slug = text.slice(separator + 1);
  return separator > 0 && isNodeLabel(label) && slug !== '' ? { label, slug } : null;
}

/** The node `value` names as a global id or as `Type:slug` (a global id is read as one first). */
export function parseNodeKey(value: string): NodeKey | null {
  return decodeGlobalId(value) ?? readableKey(value);
}

/**
 * The node an argument names by global id or `Type:slug`.
 * @throws BadUserInputError naming `argument` when `value` is neither.
 */
export function nodeKey(value: string, argument = 'id'): NodeKey {
  const key = parseNodeKey(value);
  if (key === null) {
    throw new BadUserInputError(
      `\`${argument}\` must be a global id issued by this API or \`Type:slug\` (got ${quoted(value)})`,
    );
  }
  return key;
}

/**
 * The slug of the node of `label` an argument names by global id, `Type:slug` or bare slug.
 * @throws BadUserInputError when `value` names a node of another label.
 */
export function slugOf(value: string, label: NodeLabel, argument: string): string {
  const key = parseNodeKey(value);
  if (key === null) return value;
  if (key.label !== label) {
    throw new BadUserInputError(
      `\`${argument}\` must name a ${label} (got ${key.label} ${quoted(key.slug)})`,
    );
  }
  return key.slug;
}

/**
 * The slug a lookup asks for with `slug`, `id` or both.
 * @throws BadUserInputError when neither is given, or both are and they name different nodes.
 */
export function lookupSlug(
  label: NodeLabel,
  args: { readonly slug?: string | null; readonly id?: string | null },
): string {
  const bySlug = args.slug ?? null;
  const byId = args.id == null ? null : slugOf(args.id, label, 'id');
  if (bySlug === null && byId === null) {
    throw new BadUserInputError(`Give the ${label}'s \`slug\` or its \`id\``);
  }
  if (bySlug !== null && byId !== null && bySlug !== byId) {
    throw new BadUserInputError(
      `\`slug\` ${quoted(bySlug)} and \`id\` (${label} ${quoted(byId)}) name different nodes; give one`,
    );
  }
  return (bySlug ?? byId) as string;
}
