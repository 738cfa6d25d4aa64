import type {
  ConceptMapEdgeResolvers,
  ConceptMapNodeResolvers,
  ConceptMapResolvers,
  GraphEdgeResolvers,
  GraphPathResolvers,
  NeighbourhoodResolvers,
  QueryResolvers,
} from '../../__generated__/resolvers-types.js';
import type { EdgeModel, NeighbourhoodModel } from '../../domain/analysis-models.js';
import { requireBridgeable, sameNode } from '../../domain/bridge.js';
import { cooccurrenceMap } from '../../domain/cooccurrence.js';
import { BadUserInputError } from '../../domain/errors.js';
import {
  CITED_BY_PASSAGE,
  DOCUMENT_LABELS,
  labelOfType,
  linkSource,
} from '../../domain/graph-model.js';
import { instrumentMatrix } from '../../domain/instrument-matrix.js';
import type { AnyNodeModel, EvidenceModel } from '../../domain/models.js';
import { sentenceEvidence } from '../../domain/passage-pages.js';
import type { RequestContext } from '../../context.js';
import { integerArgument } from '../arguments.js';
import { selectsIdentityOnly, selectsOnly } from '../look-ahead/selection.js';
import { MAX_PAGE_SIZE } from '../connection.js';
import { statedEvidence } from './entity-access.js';
import {
  existingNode,
  linkedNodes,
  loadNode,
  namedNode,
  neighbours,
  noSuchNode,
} from './node-access.js';
import { nodeKey } from '../global-id.js';

/** Where the lexicon's links come from, as a reader is told. */
const LEXICON = 'curated lexicon (seed/data/lexicon.yaml)';

/** Where a neighbourhood's answer holds nodes other than its center (a link's evidence reads them too). */
const NEIGHBOURHOOD_NODES = [['nodes'], ['edges', 'from'], ['edges', 'to']];
/** What a link shows without reading its stored properties. */
const LINK_WITHOUT_PROPERTIES = new Set(['type', 'from', 'to', '__typename']);

export const AnalysisQuery: QueryResolvers = {
  neighbourhood: async (
    _,
    { id, depth, types, first },
    context,
    info,
  ): Promise<NeighbourhoodModel> => {
    integerArgument('depth', depth, 1, 3);
    integerArgument('first', first, 1, 200);
    const key = nodeKey(id, 'id');
    const found = await context.traversal.neighbourhood(
      key,
      depth,
      types?.map(labelOfType) ?? null,
      first,
      {
        nodes: selectsIdentityOnly(info, NEIGHBOURHOOD_NODES, [['edges', 'evidence']])
          ? 'keys'
          : 'whole',
        linkProperties: !selectsOnly(info, ['edges'], LINK_WITHOUT_PROPERTIES),
      },
    );
    if (found === null) throw noSuchNode('id', key);
    const { center, edges } = found;
    // The center is shown as the type asked for, wherever a link touches it.
    const asCenter = (node: AnyNodeModel) => (sameNode(node, center) ? center : node);
    const kept = edges.slice(0, first).map((edge) => {
      const [from, to] = [asCenter(edge.from), asCenter(edge.to)];
      return from === edge.from && to === edge.to ? edge : { ...edge, from, to };
    });
    return { center, edges: kept, truncated: edges.length > first };
  },
  paths: async (_, { from, to, maxLength, first, passageBackedOnly }, context) => {
    integerArgument('maxLength', maxLength, 1, 6);
    integerArgument('first', first, 1, 5);
    const [start, end] = await Promise.all([
      existingNode(context, from, 'from'),
      existingNode(context, to, 'to'),
    ]);
    if (sameNode(start, end)) {
      throw new BadUserInputError('`from` and `to` are the same node; a path needs two');
    }
    return context.traversal.shortestPaths(start, end, maxLength, first, passageBackedOnly);
  },
  conceptMap: async (_, { document, section, normalisation, minCount }, context) => {
    integerArgument('minCount', minCount, 1, 1000);
    const [documentSlug, sectionSlug] = await Promise.all([
      document == null ? null : namedNode(context, DOCUMENT_LABELS, 'document', document),
      section == null ? null : namedNode(context, ['Section'], 'section', section),
    ]);
    const scope = { document: documentSlug?.slug ?? null, section: sectionSlug?.slug ?? null };
    const counts = await context.analysis.cooccurrence(scope);
    return { ...cooccurrenceMap(counts, normalisation, minCount), scope };
  },
  instrumentMatrix: async (_, __, context) =>
    instrumentMatrix(await context.analysis.instrumentPlacements()),
  bridge: async (_, { a, b }, context) => {
    const [sideA, sideB] = await Promise.all([
      existingNode(context, a, 'a'),
      existingNode(context, b, 'b'),
    ]);
    requireBridgeable(sideA, sideB);
    return { a: sideA, b: sideB };
  },
};

export const ConceptMap: ConceptMapResolvers = {
  edges: (map, { first }) =>
    map.edges
      .slice(0, integerArgument('first', first, 1, 5000))
      .map((edge) => ({ ...edge, scope: map.scope })),
};

export const ConceptMapNode: ConceptMapNodeResolvers = {
  // A document is an essay or a preface: the one of the two that has the slug.
  documents: async (node, _, context) =>
    (
      await Promise.all(
        node.documents.map(async (slug) =>
          (await Promise.all(DOCUMENT_LABELS.map((label) => loadNode(context, label, slug)))).find(
            (document) => document !== null,
          ),
        ),
      )
    ).filter((document) => document !== undefined),
};

export const ConceptMapEdge: ConceptMapEdgeResolvers = {
  passages: (edge, { first }, context) =>
    context.loaders
      .coMentions(edge.scope, integerArgument('first', first, 1, MAX_PAGE_SIZE))
      .load({ source: edge.source.slug, target: edge.target.slug }),
};

export const GraphPath: GraphPathResolvers = {
  length: (path) => path.edges.length,
  hops: (path) => [...path.edges],
};

export const Neighbourhood: NeighbourhoodResolvers = {
  // Worked out only when asked for: a neighbourhood's links are often all a client reads.
  nodes: (neighbourhood) => linkedNodes(neighbourhood.center, neighbourhood.edges),
};

export const GraphEdge: GraphEdgeResolvers = {
  evidence: (edge, _, context) => evidenceOf(context, edge),
  surfaces: (edge) => (edge.type === 'MENTIONS' ? edge.properties.textList('surfaces') : []),
  provenance: (edge) => provenanceOf(edge),
};

/** Where a link comes from when it is not the text itself, in words and with its page. */
function provenanceOf(edge: EdgeModel): string | null {
  switch (linkSource(edge.type, edge.from.label)) {
    case 'text':
      return null;
    case 'structure':
      return 'document structure';
    case 'catalogue':
      return `series preface (p. ${edge.properties.integer('page')})`;
    case 'table':
      return `${edge.properties.text(edge.type === 'LISTS' ? 'text' : 'caption')} (${tableOf(edge)})`;
    case 'lexicon':
      return lexiconProvenance(edge);
  }
}

function tableOf(edge: EdgeModel): string {
  const table = edge.from.label === 'Table' ? edge.from : null;
  return table === null
    ? `p. ${edge.properties.integer('page')}`
    : `${table.caption}, p. ${table.page}`;
}

function lexiconProvenance(edge: EdgeModel): string {
  switch (edge.type) {
    case 'BROADER':
    case 'RELATED': {
      const count = edge.properties.integer('coMentionCount');
      return count === 0
        ? `${LEXICON}; no passage mentions both`
        : `${LEXICON}; both are mentioned in ${count} passage${count === 1 ? '' : 's'}, the first cited as evidence`;
    }
    case 'CONCERNS':
      return `${LEXICON}: the instrument's name names the concept`;
    default:
      return LEXICON;
  }
}

/** The passages, pages and verbatim words that justify a link. */
async function evidenceOf(context: RequestContext, edge: EdgeModel): Promise<EvidenceModel[]> {
  switch (edge.type) {
    case 'MENTIONS': {
      const [surface] = edge.properties.textList('surfaces');
      if (edge.from.label !== 'Passage' || surface === undefined) {
        throw new Error(
          `MENTIONS relationship ${edge.from.slug} -> ${edge.to.slug} has no passage form`,
        );
      }
      return [sentenceEvidence(edge.from, surface)];
    }
    case 'STATED_IN':
      if (edge.to.label !== 'Passage') throw new Error('STATED_IN must end at a passage');
      return [
        {
          passage: edge.to,
          page: edge.properties.integer('page'),
          quote: edge.properties.text('quote'),
        },
      ];
    // A finding is about what it says, and an item is an item of the list where it says it.
    case 'ABOUT':
    case 'ITEM_OF':
      return (await neighbours(context, 'Finding-STATED_IN->', edge.from.slug)).map(statedEvidence);
    case 'BROADER':
    case 'RELATED': {
      const surfaces = edge.properties.textList('coMentionSurfaces');
      const passages = await Promise.all(
        edge.properties
          .textList('coMentionPassages')
          .map((slug) => loadNode(context, 'Passage', slug)),
      );
      return passages.flatMap((passage, index) =>
        passage === null ? [] : [sentenceEvidence(passage, surfaces[index] as string)],
      );
    }
    default:
      return citedEvidence(context, edge);
  }
}

/** The preface passage a catalogue link cites, with its page and words. */
async function citedEvidence(context: RequestContext, edge: EdgeModel): Promise<EvidenceModel[]> {
  const cited = edge.properties.optionalText(CITED_BY_PASSAGE);
  const passage = cited === null ? null : await loadNode(context, 'Passage', cited);
  return passage === null
    ? []
    : [{ passage, page: edge.properties.integer('page'), quote: edge.properties.text('quote') }];
}
