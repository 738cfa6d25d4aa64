/**
 * The concept co-occurrence map, computed from how many passages mention each concept and each
 * pair of concepts (counted in the database, so that no passage is read to draw the map): node
 * weights, edge counts, one of three normalisations, and clusters by weighted label propagation
 * (deterministic: ties go to the smallest label).
 */
export type Normalisation = 'RAW' | 'ASSOCIATION_STRENGTH' | 'JACCARD';

/** Anything with a slug: a concept, once loaded. */
interface Keyed {
  readonly slug: string;
}

/** How often concepts are mentioned, alone and together, in the passages a map is drawn from. */
export interface CooccurrenceCounts<Concept extends Keyed> {
  readonly passageCount: number;
  /** Each concept those passages mention. */
  readonly concepts: readonly {
    readonly concept: Concept;
    /** How many of the passages mention it. */
    readonly passages: number;
    /** Slugs of the documents whose passages mention it, in reading order. */
    readonly documents: readonly string[];
  }[];
  /** Each pair of concepts some passage mentions both of, by slug (the first sorting first). */
  readonly pairs: readonly {
    readonly source: string;
    readonly target: string;
    /** How many of the passages mention both. */
    readonly count: number;
  }[];
}

export interface CooccurrenceMap<Concept extends Keyed> {
  readonly passageCount: number;
  readonly nodes: readonly {
    readonly concept: Concept;
    readonly weight: number;
    readonly cluster: number;
    /** Slugs of the documents whose passages mention the concept, in reading order. */
    readonly documents: readonly string[];
  }[];
  readonly edges: readonly {
    readonly source: Concept;
    readonly target: Concept;
    readonly count: number;
    readonly weight: number;
  }[];
  readonly clusters: readonly { readonly id: number; readonly concepts: readonly Concept[] }[];
}

const PROPAGATION_ROUNDS = 20;

export function cooccurrenceMap<Concept extends Keyed>(
  counts: CooccurrenceCounts<Concept>,
  normalisation: Normalisation,
  minCount: number,
): CooccurrenceMap<Concept> {
  const mentioned = new Map(counts.concepts.map((entry) => [entry.concept.slug, entry]));
  const conceptOf = (slug: string) => {
    const entry = mentioned.get(slug);
    if (entry === undefined) throw new Error(`A co-mentioned concept ${slug} has no count`);
    return entry;
  };
  const total = counts.passageCount;
  const edges = counts.pairs
    .filter((pair) => pair.count >= minCount)
    .map((pair) => {
      const [source, target] = [conceptOf(pair.source), conceptOf(pair.target)];
      return {
        source: source.concept,
        target: target.concept,
        count: pair.count,
        weight: normalise(normalisation, pair.count, source.passages, target.passages, total),
      };
    })
    .sort(
      (x, y) =>
        y.weight - x.weight ||
        x.source.slug.localeCompare(y.source.slug) ||
        x.target.slug.localeCompare(y.target.slug),
    );
  const clusterOf = propagateLabels(
    [...mentioned.keys()].sort(),
    edges.map((edge) => ({
      source: edge.source.slug,
      target: edge.target.slug,
      weight: edge.weight,
    })),
  );
  const clusterIds = new Map(
    [...new Set(clusterOf.values())].sort().map((label, index) => [label, index + 1]),
  );
  const nodes = counts.concepts
    .map(({ concept, passages, documents }) => ({
      concept,
      weight: passages,
      cluster: clusterIds.get(clusterOf.get(concept.slug) ?? concept.slug) ?? 0,
      documents,
    }))
    .sort((x, y) => y.weight - x.weight || x.concept.slug.localeCompare(y.concept.slug));
  const clusters = [...clusterIds.values()].map((id) => ({
    id,
    concepts: nodes.filter((node) => node.cluster === id).map((node) => node.concept),
  }));
  return { passageCount: total, nodes, edges, clusters };
}

function normalise(
  normalisation: Normalisation,
  count: number,
  a: number,
  b: number,
  total: number,
): number {
  switch (normalisation) {
    case 'RAW':
      return count;
    case 'ASSOCIATION_STRENGTH':
      return (count * total) / (a * b);
    case 'JACCARD':
      return count / (a + b - count);
  }
}

/** Each concept repeatedly takes the label with the largest summed edge weight among its neighbours. */
function propagateLabels(
  concepts: readonly string[],
  edges: readonly { source: string; target: string; weight: number }[],
): Map<string, string> {
  const label = new Map(concepts.map((concept) => [concept, concept]));
  const neighbours = new Map<string, { other: string; weight: number }[]>();
  for (const edge of edges) {
    neighbours.set(edge.source, [
      ...(neighbours.get(edge.source) ?? []),
      { other: edge.target, weight: edge.weight },
    ]);
    neighbours.set(edge.target, [
      ...(neighbours.get(edge.target) ?? []),
      { other: edge.source, weight: edge.weight },
    ]);
  }
  for (let round = 0; round < PROPAGATION_ROUNDS; round++) {
    let changed = false;
    for (const concept of concepts) {
      const votes = new Map<string, number>();
      for (const { other, weight } of neighbours.get(concept) ?? []) {
        const vote = label.get(other) as string;
        votes.set(vote, (votes.get(vote) ?? 0) + weight);
      }
      const best = [...votes].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0];
      if (best !== undefined && best !== label.get(concept)) {
        label.set(concept, best);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return label;
}
