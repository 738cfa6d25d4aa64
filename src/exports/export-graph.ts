/**
 * The graph an export file holds, in plain values every format writes from: nodes with a global id,
 * a type, a name and attributes; edges with a type and a weight. Built from the same models the
 * GraphQL API serves, so a file and the API say the same about a scope.
 */
import type { EdgeModel } from '../domain/analysis-models.js';
import type { CooccurrenceMap } from '../domain/cooccurrence.js';
import { displayName } from '../domain/display-name.js';
import type { AnyNodeModel, ConceptModel } from '../domain/models.js';
import { toGlobalId } from '../graphql/global-id.js';

export type AttributeValue = string | number;

export interface ExportNode {
  /** The node's global id, as the API gives it. */
  readonly id: string;
  /** The GraphQL type, e.g. Concept. */
  readonly type: string;
  readonly label: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

export interface ExportEdge {
  readonly source: string;
  readonly target: string;
  /** The relationship type, or CO_MENTIONED for a concept map's pairs. */
  readonly type: string;
  readonly weight: number;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

export interface ExportGraph {
  /** What the file holds, e.g. "kks-graph concept map (ASSOCIATION_STRENGTH)". */
  readonly title: string;
  /** False for a concept map, whose pairs have no direction. */
  readonly directed: boolean;
  readonly nodes: readonly ExportNode[];
  readonly edges: readonly ExportEdge[];
}

export function exportNode(
  node: AnyNodeModel,
  attributes: Record<string, AttributeValue> = {},
): ExportNode {
  return {
    id: toGlobalId(node.label, node.slug),
    type: node.label,
    label: displayName(node),
    attributes: { slug: node.slug, ...attributes },
  };
}

/** Stored relationships as directed edges; a MENTIONS edge weighs as many times as it mentions. */
export function linkGraph(
  title: string,
  nodes: readonly AnyNodeModel[],
  edges: readonly EdgeModel[],
): ExportGraph {
  return {
    title,
    directed: true,
    nodes: nodes.map((node) => exportNode(node)),
    edges: edges.map((edge) => ({
      source: toGlobalId(edge.from.label, edge.from.slug),
      target: toGlobalId(edge.to.label, edge.to.slug),
      type: edge.type,
      weight: edge.type === 'MENTIONS' ? edge.properties.integer('count') : 1,
      attributes: {},
    })),
  };
}

/** A concept map: concepts weighted by passages, with their cluster; pairs weighted as asked. */
export function conceptMapGraph(title: string, map: CooccurrenceMap<ConceptModel>): ExportGraph {
  return {
    title,
    directed: false,
    nodes: map.nodes.map((node) =>
      exportNode(node.concept, {
        weight: node.weight,
        cluster: node.cluster,
        labelEn: node.concept.labels.en ?? node.concept.labels.nl,
      }),
    ),
    edges: map.edges.map((edge) => ({
      source: toGlobalId('Concept', edge.source.slug),
      target: toGlobalId('Concept', edge.target.slug),
      type: 'CO_MENTIONED',
      weight: edge.weight,
      attributes: { count: edge.count },
    })),
  };
}
