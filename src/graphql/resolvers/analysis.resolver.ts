import type {
  GraphEdgeResolvers,
  GraphPathResolvers,
  NodeType,
  QueryResolvers,
} from '../../__generated__/resolvers-types.js';
import type { EdgeModel, NeighbourhoodModel } from '../../domain/analysis-models.js';
import { cooccurrenceMap } from '../../domain/cooccurrence.js';
import { BadUserInputError } from '../../domain/errors.js';
import type { NodeLabel } from '../../domain/graph-model.js';
import type {
  AnyNodeModel,
  ConceptModel,
  EvidenceModel,
  PassageModel,
} from '../../domain/models.js';
import { sentenceEvidence } from '../../domain/passage-pages.js';
import type { RequestContext } from '../../context.js';
import { integerArgument } from '../arguments.js';
import { fromGlobalId } from '../global-id.js';
import { distinctNodes, edgeText, loadNode, neighbours } from './node-access.js';
import { bridge } from './bridge.js';

export const LABEL_OF_TYPE: Record<NodeType, NodeLabel> = {
  PASSAGE: 'Passage',
  SECTION: 'Section',
  ESSAY: 'Essay',
  PREFACE: 'Preface',
  FINDING: 'Finding',
  CONCEPT: 'Concept',
  THEME: 'Theme',
  INSTRUMENT: 'PolicyInstrument',
  REGION: 'Region',
  ORGANISATION: 'Organisation',
  REGULATION: 'Regulation',
  PERSON: 'Person',
  PROJECT: 'Project',
  PROGRAMME: 'Programme',
};

const PROVENANCE: Partial<Record<EdgeModel['type'], string>> = {
  BROADER: 'lexicon (seed/data/lexicon.yaml)',
  RELATED: 'lexicon (seed/data/lexicon.yaml)',
  HAS_SECTION: 'document structure',
  HAS_PASSAGE: 'document structure',
  NEXT: 'document structure',
  AUTHORED: 'series preface (seed/data/programme.yaml)',
  WROTE: 'series preface (seed/data/programme.yaml)',
  INTRODUCES: 'series preface (seed/data/programme.yaml)',
  OUTPUT_OF: 'series preface (seed/data/programme.yaml)',
  COORDINATED_BY: 'series preface (seed/data/programme.yaml)',
  AFFILIATED_WITH: 'series preface (seed/data/programme.yaml)',
};

export const AnalysisQuery: QueryResolvers = {
  neighbourhood: async (_, { id, depth, types, limit }, context): Promise<NeighbourhoodModel> => {
    integerArgument('depth', depth, 1, 3);
    integerArgument('limit', limit, 1, 200);
    const center = await existingNode(context, id);
    const edges = await context.traversal.neighbourhood(
      center,
      depth,
      types?.map((type) => LABEL_OF_TYPE[type]) ?? null,
      limit,
    );
    const kept = edges.slice(0, limit);
    return {
      center,
      nodes: distinctNodes([center, ...kept.flatMap((edge) => [edge.from, edge.to])]),
      edges: kept,
      truncated: edges.length > limit,
    };
  },
  paths: async (_, { from, to, maxLength, first }, context) => {
    integerArgument('maxLength', maxLength, 1, 6);
    integerArgument('first', first, 1, 5);
    const [start, end] = await Promise.all([
      existingNode(context, from),
      existingNode(context, to),
    ]);
    if (start.label === end.label && start.slug === end.slug) {
      throw new BadUserInputError('`from` and `to` are the same node; a path needs two');
    }
    return context.traversal.shortestPaths(start, end, maxLength, first);
  },
  conceptMap: async (_, { document, section, normalisation, minCount }, context) => {
    integerArgument('minCount', minCount, 1, 1000);
    const passages = await context.analysis.conceptsPerPassage(document ?? null, section ?? null);
    const concepts = new Map<string, ConceptModel>();
    const passagesBySlug = new Map<string, PassageModel>();
    for (const { passage, concepts: mentioned } of passages) {
      passagesBySlug.set(passage.slug, passage);
      for (const concept of mentioned) concepts.set(concept.slug, concept);
    }
    const map = cooccurrenceMap(
      passages.map(({ passage, concepts: mentioned }) => ({
        passage: passage.slug,
        concepts: mentioned.map((concept) => concept.slug),
      })),
      normalisation,
      minCount,
    );
    const concept = (slug: string) => concepts.get(slug) as ConceptModel;
    return {
      passageCount: map.passageCount,
      nodes: map.nodes.map((node) => ({ ...node, concept: concept(node.concept) })),
      edges: map.edges.map((edge) => ({
        ...edge,
        source: concept(edge.source),
        target: concept(edge.target),
        passages: edge.passages.map((slug) => passagesBySlug.get(slug) as PassageModel),
      })),
      clusters: map.clusters.map((cluster) => ({
        id: cluster.id,
        concepts: cluster.concepts.map(concept),
      })),
    };
  },
  instrumentMatrix: async (_, __, context) => {
    const placements = await context.analysis.instrumentPlacements();
    const themes = distinctNodes(placements.map((placement) => placement.theme));
    const horizons = ['SHORT', 'LONG'] as const;
    return {
      themes,
      horizons: [...horizons],
      cells: themes.flatMap((theme) =>
        horizons.map((horizon) => ({
          theme,
          horizon,
          instruments: placements
            .filter(
              (placement) =>
                placement.theme.slug === theme.slug && placement.instrument.horizon === horizon,
            )
            .map((placement) => placement.instrument),
        })),
      ),
    };
  },
  bridge: async (_, { a, b }, context) =>
    bridge(context, await existingNode(context, a), await existingNode(context, b)),
};

export const GraphPath: GraphPathResolvers = {
  length: (path) => path.edges.length,
  hops: (path) => [...path.edges],
};

export const GraphEdge: GraphEdgeResolvers = {
  evidence: (edge, _, context) => evidenceOf(context, edge),
  surfaces: (edge) => surfacesOf(edge),
  provenance: (edge) => {
    if (edge.type === 'SERVES')
      return `${String(edge.properties['table'])} (p. ${String(edge.properties['page'])})`;
    if (edge.type === 'PART_OF')
      return edge.from.label === 'Region'
        ? 'lexicon (seed/data/lexicon.yaml)'
        : 'series preface (seed/data/programme.yaml)';
    return PROVENANCE[edge.type] ?? null;
  },
};

/** The passages, pages and verbatim words that justify a link. */
async function evidenceOf(context: RequestContext, edge: EdgeModel): Promise<EvidenceModel[]> {
  if (edge.type === 'MENTIONS' && edge.from.label === 'Passage') {
    return [sentenceEvidence(edge.from, surfacesOf(edge)[0] ?? '')];
  }
  if (edge.type === 'STATED_IN' && edge.to.label === 'Passage') {
    return [
      {
        passage: edge.to,
        page: Number(edge.properties['page']),
        quote: String(edge.properties['quote']),
      },
    ];
  }
  if (edge.type === 'ABOUT' && edge.from.label === 'Finding') {
    return (await neighbours(context, 'passageOfFinding', edge.from.slug)).map((stated) => ({
      passage: stated.node as PassageModel,
      page: Number(stated.edge['page']),
      quote: edgeText(stated, 'quote') ?? '',
    }));
  }
  return [];
}

function surfacesOf(edge: EdgeModel): string[] {
  const surfaces = edge.properties['surfaces'];
  return Array.isArray(surfaces)
    ? surfaces.filter((surface): surface is string => typeof surface === 'string')
    : [];
}

async function existingNode(context: RequestContext, id: string): Promise<AnyNodeModel> {
  const { label, slug } = fromGlobalId(id);
  const node = await loadNode(context, label, slug);
  if (node === null) throw new BadUserInputError(`No node has id ${JSON.stringify(id)}`);
  return node;
}
