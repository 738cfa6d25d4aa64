/**
 * Reads what an export holds, through the same repositories and request loaders the GraphQL API
 * uses: the whole graph, a concept map (with the parameters of `conceptMap`), the neighbourhood of a
 * node, or the concept scheme.
 */
import type { EdgeModel } from '../domain/analysis-models.js';
import { cooccurrenceMap, type Normalisation } from '../domain/cooccurrence.js';
import {
  DOCUMENT_LABELS,
  NODE_LABELS,
  nodeType,
  type NodeLabel,
  RELATIONS,
  type RelationName,
} from '../domain/graph-model.js';
import type { AnyNodeModel, ConceptModel, ThemeModel } from '../domain/models.js';
import type { RequestContext } from '../context.js';
import { linkedNodes, namedNode, noSuchNode } from '../graphql/resolvers/node-access.js';
import { nodeKey } from '../graphql/global-id.js';
import { conceptMapGraph, linkGraph, type ExportGraph } from './export-graph.js';
import type { ConceptScheme } from './formats/skos.js';

export interface ConceptMapParameters {
  readonly document: string | null;
  readonly section: string | null;
  readonly normalisation: Normalisation;
  readonly minCount: number;
}

export interface NeighbourhoodParameters {
  readonly id: string;
  readonly depth: number;
}

function typeOf(view: AnyNodeModel): NodeLabel {
  return nodeType('facets' in view ? [view.label, ...view.facets] : [view.label]);
}

/** Links a neighbourhood export holds at the most, as `neighbourhood(first:)` does. */
const NEIGHBOURHOOD_LINKS = 200;

/**
 * Every node once, as its own type, with every stored link. A node with facets is read under each
 * of its labels to walk the relations of each; its links are then drawn from and to the node.
 */
export async function wholeGraph(context: RequestContext): Promise<ExportGraph> {
  const views = (await Promise.all(NODE_LABELS.map((label) => context.nodes.all(label)))).flat();
  const nodes = views.filter((view) => typeOf(view) === view.label);
  const byKey = new Map(nodes.map((node) => [`${node.label}:${node.slug}`, node]));
  const asNode = (view: AnyNodeModel) => byKey.get(`${typeOf(view)}:${view.slug}`) ?? view;
  const forward = [...RELATIONS.values()].filter((relation) => relation.direction === 'out');
  const edges = (
    await Promise.all(
      forward.map(async (relation) => {
        const sources = views.filter((node) => node.label === relation.source);
        const lists = await context.loaders
          .neighbours(relation.name)
          .loadMany(sources.map((node) => node.slug));
        return sources.flatMap((source, index) => {
          const neighbours = lists[index];
          if (neighbours instanceof Error) throw neighbours;
          return (neighbours ?? []).map((item): EdgeModel => ({
            type: relation.type,
            from: asNode(source),
            to: asNode(item.node),
            properties: item.edge,
          }));
        });
      }),
    )
  ).flat();
  return linkGraph('kks-graph', nodes, edges);
}

export async function conceptMapExport(
  context: RequestContext,
  parameters: ConceptMapParameters,
): Promise<ExportGraph> {
  const [document, section] = await Promise.all([
    parameters.document === null
      ? null
      : namedNode(context, DOCUMENT_LABELS, 'document', parameters.document),
    parameters.section === null
      ? null
      : namedNode(context, ['Section'], 'section', parameters.section),
  ]);
  const counts = await context.analysis.cooccurrence({
    document: document?.slug ?? null,
    section: section?.slug ?? null,
  });
  const scope = section?.slug ?? document?.slug ?? 'all documents';
  return conceptMapGraph(
    `kks-graph concept map of ${scope} (${parameters.normalisation})`,
    cooccurrenceMap(counts, parameters.normalisation, parameters.minCount),
  );
}

export async function neighbourhoodExport(
  context: RequestContext,
  parameters: NeighbourhoodParameters,
): Promise<ExportGraph> {
  const key = nodeKey(parameters.id, 'id');
  const found = await context.traversal.neighbourhood(
    key,
    parameters.depth,
    null,
    NEIGHBOURHOOD_LINKS,
  );
  if (found === null) throw noSuchNode('id', key);
  const { center } = found;
  const edges = found.edges.slice(0, NEIGHBOURHOOD_LINKS);
  return linkGraph(
    `kks-graph neighbourhood of ${center.label}:${center.slug}`,
    linkedNodes(center, edges),
    edges,
  );
}

export async function conceptScheme(context: RequestContext): Promise<ConceptScheme> {
  const [concepts, themes] = await Promise.all([
    context.nodes.all('Concept') as Promise<ConceptModel[]>,
    context.nodes.all('Theme') as Promise<ThemeModel[]>,
  ]);
  const slugs = concepts.map((concept) => concept.slug);
  const along = (relation: RelationName) => context.loaders.neighbours(relation).loadMany(slugs);
  const [broader, relatedOut, relatedIn] = await Promise.all([
    along('Concept-BROADER->'),
    along('Concept-RELATED->'),
    along('Concept<-RELATED'),
  ]);
  const slugsOf = (list: (typeof broader)[number] | undefined) => {
    if (list instanceof Error) throw list;
    return (list ?? []).map((item) => item.node.slug);
  };
  return {
    concepts: concepts.map((concept, index) => ({
      concept,
      broader: slugsOf(broader[index]),
      related: [...new Set([...slugsOf(relatedOut[index]), ...slugsOf(relatedIn[index])])],
    })),
    themes,
  };
}
