/** GEXF 1.3 (gexf.net), Gephi's own format, written by graphology-gexf. */
import { MultiDirectedGraph, MultiUndirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { ExportGraph } from '../export-graph.js';

export function toGexf(graph: ExportGraph): string {
  const model = graph.directed ? new MultiDirectedGraph() : new MultiUndirectedGraph();
  for (const node of graph.nodes) {
    model.addNode(node.id, { label: node.label, type: node.type, ...node.attributes });
  }
  graph.edges.forEach((edge, index) => {
    model.addEdgeWithKey(`e${index}`, edge.source, edge.target, {
      weight: edge.weight,
      type: edge.type,
      ...edge.attributes,
    });
  });
  return write(model, {
    version: '1.3',
    formatNode: (_key, { label, ...attributes }) => ({
      label: String(label),
      attributes,
    }),
    formatEdge: (_key, { weight, type, ...attributes }) => ({
      weight: Number(weight),
      label: String(type),
      attributes: { type: String(type), ...attributes },
    }),
  });
}
