/**
 * VOSviewer's JSON map format (app.vosviewer.com/docs/file-types/json-file-type): items with a
 * label, a cluster and weights, and links with a strength. VOSviewer lays the map out itself.
 */
import type { ExportGraph } from '../export-graph.js';

export function toVosviewer(graph: ExportGraph): string {
  const numbers = new Map(graph.nodes.map((node, index) => [node.id, index + 1]));
  const links = new Map<number, number>();
  for (const edge of graph.edges) {
    for (const end of [edge.source, edge.target]) {
      const id = numbers.get(end) as number;
      links.set(id, (links.get(id) ?? 0) + 1);
    }
  }
  return JSON.stringify(
    {
      config: { terminology: { item: 'node', items: 'nodes', link: 'link', links: 'links' } },
      network: {
        items: graph.nodes.map((node) => {
          const id = numbers.get(node.id) as number;
          const cluster = node.attributes['cluster'];
          return {
            id,
            label: node.label,
            description: `${node.type} ${node.id}`,
            ...(typeof cluster === 'number' ? { cluster } : {}),
            weights: {
              Links: links.get(id) ?? 0,
              ...(typeof node.attributes['weight'] === 'number'
                ? { Passages: node.attributes['weight'] }
                : {}),
            },
          };
        }),
        links: graph.edges.map((edge) => ({
          source_id: numbers.get(edge.source),
          target_id: numbers.get(edge.target),
          strength: edge.weight,
        })),
      },
    },
    null,
    2,
  );
}
