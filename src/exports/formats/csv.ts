/**
 * Node and edge tables in CSV, with the column names Gephi's spreadsheet import expects (Id, Label;
 * Source, Target, Type, Weight) and one column per attribute.
 */
import { stringify } from 'csv-stringify/sync';
import type { ExportGraph } from '../export-graph.js';

export function toNodesCsv(graph: ExportGraph): string {
  const attributes = columns(graph.nodes.map((node) => node.attributes));
  return stringify(
    graph.nodes.map((node) => [
      node.id,
      node.label,
      node.type,
      ...attributes.map((name) => node.attributes[name] ?? ''),
    ]),
    { header: true, columns: ['Id', 'Label', 'NodeType', ...attributes] },
  );
}

export function toEdgesCsv(graph: ExportGraph): string {
  const attributes = columns(graph.edges.map((edge) => edge.attributes));
  return stringify(
    graph.edges.map((edge) => [
      edge.source,
      edge.target,
      graph.directed ? 'Directed' : 'Undirected',
      edge.weight,
      edge.type,
      ...attributes.map((name) => edge.attributes[name] ?? ''),
    ]),
    {
      header: true,
      columns: ['Source', 'Target', 'Type', 'Weight', 'Relationship', ...attributes],
    },
  );
}

function columns(records: readonly Readonly<Record<string, unknown>>[]): string[] {
  return [...new Set(records.flatMap((record) => Object.keys(record)))];
}
