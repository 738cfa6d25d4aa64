/**
 * The concept co-occurrence map, computed from which concepts each passage mentions: node weights
 * (passages per concept), edge counts (passages per pair), one of three normalisations, and
 * clusters by weighted label propagation (deterministic: ties go to the smallest label).
 */
export type Normalisation = 'RAW' | 'ASSOCIATION_STRENGTH' | 'JACCARD';

export interface PassageConcepts {
  readonly passage: string;
  readonly concepts: readonly string[];
}

/** The map over concepts and passages named by slug, or, once loaded, by their models. */
export interface CooccurrenceMap<Concept = string, Passage = string> {
  readonly passageCount: number;
  readonly nodes: readonly {
    readonly concept: Concept;
    readonly weight: number;
    readonly cluster: number;
  }[];
  readonly edges: readonly {
    readonly source: Concept;
    readonly target: Concept;
    readonly count: number;
    readonly weight: number;
    readonly passages: readonly Passage[];
  }[];
  readonly clusters: readonly { readonly id: number; readonly concepts: readonly Concept[] }[];
}

const PROPAGATION_ROUNDS = 20;

/** Anything with a slug: concepts and passages, once loaded. */
interface Keyed {
  readonly slug: string;
}

/** A passage once loaded: its slug and the slug of the document it belongs to. */
interface PlacedPassage extends Keyed {
  readonly document: string;
}

/** The map over loaded models, each concept with the documents whose passages mention it. */
export interface LoadedCooccurrenceMap<Concept, Passage> extends Omit<
  CooccurrenceMap<Concept, Passage>,
  'nodes'
> {
  readonly nodes: readonly (CooccurrenceMap<Concept, Passage>['nodes'][number] & {
    /** Slugs of the documents whose passages mention the concept, in reading order. */
    readonly documents: readonly string[];
  })[];
}

/**
 * The co-occurrence map over loaded models: computed by slug (see cooccurrenceMap), then with each
 * slug replaced by its model, and each concept with the documents that mention it (in the order
 * of `passages`): a concept two documents mention is one they share.
 */
export function conceptMap<Concept extends Keyed, Passage extends PlacedPassage>(
  passages: readonly { readonly passage: Passage; readonly concepts: readonly Concept[] }[],
  normalisation: Normalisation,
  minCount: number,
): LoadedCooccurrenceMap<Concept, Passage> {
  const concepts = new Map<string, Concept>();
  const passagesBySlug = new Map<string, Passage>();
  const documents = new Map<string, Set<string>>();
  for (const { passage, concepts: mentioned } of passages) {
    passagesBySlug.set(passage.slug, passage);
    for (const concept of mentioned) {
      concepts.set(concept.slug, concept);
      const mentioning = documents.get(concept.slug) ?? new Set<string>();
      documents.set(concept.slug, mentioning.add(passage.document));
    }
  }
  const map = cooccurrenceMap(
    passages.map(({ passage, concepts: mentioned }) => ({
      passage: passage.slug,
      concepts: mentioned.map((concept) => concept.slug),
    })),
    normalisation,
    minCount,
  );
  const concept = (slug: string) => concepts.get(slug) as Concept;
  return {
    passageCount: map.passageCount,
    nodes: map.nodes.map((node) => ({
      ...node,
      concept: concept(node.concept),
      documents: [...(documents.get(node.concept) ?? [])],
    })),
    edges: map.edges.map((edge) => ({
      ...edge,
      source: concept(edge.source),
      target: concept(edge.target),
      passages: edge.passages.map((slug) => passagesBySlug.get(slug) as Passage),
    })),
    clusters: map.clusters.map((cluster) => ({
      id: cluster.id,
      concepts: cluster.concepts.map(concept),
    })),
  };
}

export function cooccurrenceMap(
  passages: readonly PassageConcepts[],
  normalisation: Normalisation,
  minCount: number,
): CooccurrenceMap {
  const weight = new Map<string, number>();
  const pairs = new Map<string, { source: string; target: string; passages: string[] }>();
  for (const { passage, concepts } of passages) {
    const distinct = [...new Set(concepts)].sort();
    for (const concept of distinct) weight.set(concept, (weight.get(concept) ?? 0) + 1);
    distinct.forEach((source, index) => {
      for (const target of distinct.slice(index + 1)) {
        const key = `${source}\u0000${target}`;
        const pair = pairs.get(key) ?? { source, target, passages: [] };
        pair.passages.push(passage);
        pairs.set(key, pair);
      }
    });
  }
  const total = passages.length;
  const edges = [...pairs.values()]
    .filter((pair) => pair.passages.length >= minCount)
    .map((pair) => {
      const count = pair.passages.length;
      const a = weight.get(pair.source) ?? 0;
      const b = weight.get(pair.target) ?? 0;
      return { ...pair, count, weight: normalise(normalisation, count, a, b, total) };
    })
    .sort(
      (x, y) =>
        y.weight - x.weight || x.source.localeCompare(y.source) || x.target.localeCompare(y.target),
    );
  const clusterOf = propagateLabels([...weight.keys()].sort(), edges);
  const clusterIds = new Map(
    [...new Set(clusterOf.values())].sort().map((label, index) => [label, index + 1]),
  );
  const nodes = [...weight]
    .map(([concept, count]) => ({
      concept,
      weight: count,
      cluster: clusterIds.get(clusterOf.get(concept) ?? concept) ?? 0,
    }))
    .sort((x, y) => y.weight - x.weight || x.concept.localeCompare(y.concept));
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
