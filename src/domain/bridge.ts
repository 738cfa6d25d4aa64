/**
 * What two nodes of a bridge share, once each side's authors or findings are known, and which
 * pairs of nodes a bridge can span at all.
 */
import { BRIDGEABLE_LABELS, ENTITY_LABELS, isOneOf, type NodeLabel } from './graph-model.js';
import { BadUserInputError } from './errors.js';

interface Keyed {
  readonly label: NodeLabel;
  readonly slug: string;
}

/**
 * @throws BadUserInputError when a side is of a label no passages stand for (see PASSAGE_ROUTES),
 *   or both sides are the same node.
 */
export function requireBridgeable(a: Keyed, b: Keyed): void {
  for (const side of [a, b]) {
    if (!BRIDGEABLE_LABELS.includes(side.label)) {
      throw new BadUserInputError(
        `A ${side.label} cannot be bridged; pass one of ${BRIDGEABLE_LABELS.join(', ')}`,
      );
    }
  }
  if (sameNode(a, b)) {
    throw new BadUserInputError('`a` and `b` are the same node; a bridge needs two');
  }
}

/**
 * Whether two references name one node: the same type, or two types of one lexicon entry (a theme
 * that is also a concept; lexicon slugs are unique across types).
 */
export function sameNode(a: Keyed, b: Keyed): boolean {
  return (
    a.slug === b.slug &&
    (a.label === b.label || (isOneOf(ENTITY_LABELS, a.label) && isOneOf(ENTITY_LABELS, b.label)))
  );
}

/** The items of `sideA` that `sideB` has too (by label and slug), in `sideA`'s order, each once. */
export function sharedBetween<T extends Keyed>(sideA: readonly T[], sideB: readonly T[]): T[] {
  const inB = new Set(sideB.map((item) => `${item.label}:${item.slug}`));
  const seen = new Set<string>();
  return sideA.filter((item) => {
    const key = `${item.label}:${item.slug}`;
    return inB.has(key) && !seen.has(key) && Boolean(seen.add(key));
  });
}
