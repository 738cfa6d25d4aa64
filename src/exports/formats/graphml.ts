/**
 * GraphML (graphml.graphdrawing.org): nodes and edges with typed data keys, readable by Gephi,
 * yEd, Cytoscape and networkx.
 */
import { create } from 'xmlbuilder2';
import type { AttributeValue, ExportGraph } from '../export-graph.js';

export function toGraphml(graph: ExportGraph): string {
  const nodeKeys = attributeKeys(graph.nodes.map((node) => node.attributes));
  const edgeKeys = attributeKeys(graph.edges.map((edge) => edge.attributes));
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(
    'http://graphml.graphdrawing.org/xmlns',
    'graphml',
  );
  const key = (id: string, target: 'node' | 'edge', name: string, type: string) =>
    root.ele('key', { id, for: target, 'attr.name': name, 'attr.type': type });
  key('label', 'node', 'label', 'string');
  key('type', 'node', 'type', 'string');
  for (const [name, type] of nodeKeys) key(`node_${name}`, 'node', name, type);
  key('edge_type', 'edge', 'type', 'string');
  key('weight', 'edge', 'weight', 'double');
  for (const [name, type] of edgeKeys) key(`edge_${name}`, 'edge', name, type);

  const body = root.ele('graph', {
    id: graph.title,
    edgedefault: graph.directed ? 'directed' : 'undirected',
  });
  for (const node of graph.nodes) {
    const element = body.ele('node', { id: node.id });
    element.ele('data', { key: 'label' }).txt(node.label);
    element.ele('data', { key: 'type' }).txt(node.type);
    for (const [name, value] of Object.entries(node.attributes)) {
      element.ele('data', { key: `node_${name}` }).txt(String(value));
    }
  }
  graph.edges.forEach((edge, index) => {
    const element = body.ele('edge', { id: `e${index}`, source: edge.source, target: edge.target });
    element.ele('data', { key: 'edge_type' }).txt(edge.type);
    element.ele('data', { key: 'weight' }).txt(String(edge.weight));
    for (const [name, value] of Object.entries(edge.attributes)) {
      element.ele('data', { key: `edge_${name}` }).txt(String(value));
    }
  });
  return root.end({ prettyPrint: true });
}

/** Every attribute name with its GraphML type: int, double or string by the values it takes. */
function attributeKeys(
  records: readonly Readonly<Record<string, AttributeValue>>[],
): Map<string, string> {
  const keys = new Map<string, string>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      const type =
        typeof value === 'string' ? 'string' : Number.isInteger(value) ? 'int' : 'double';
      const known = keys.get(name);
      keys.set(name, known === undefined || known === type ? type : widest(known, type));
    }
  }
  return keys;
}

function widest(a: string, b: string): string {
  return a === 'string' || b === 'string' ? 'string' : 'double';
}
