/**
 * Walking the graph: the neighbourhood of a node and the shortest paths between two nodes. Depths,
 * path lengths and counts are validated integers before they reach the Cypher text (variable-length
 * bounds cannot be parameters); labels come from NODE_LABELS.
 */
import { NODE_LABELS, type NodeLabel, type RelationshipType } from '../domain/graph-model.js';
import type { EdgeModel, PathModel } from '../domain/analysis-models.js';
import type { Neo4jGateway } from '../neo4j/gateway.js';
import type { PlainValue } from '../neo4j/values.js';
import { toNodeModel } from './node-mappers.js';

export interface NodeRef {
  readonly label: NodeLabel;
  readonly slug: string;
}

const EDGE_FIELDS = (r: string) => `{
  type: type(${r}), properties: properties(${r}),
  fromLabel: [l IN labels(startNode(${r})) WHERE l IN $known][0], from: properties(startNode(${r})),
  toLabel: [l IN labels(endNode(${r})) WHERE l IN $known][0], to: properties(endNode(${r}))
}`;

/** Paths explored before the neighbourhood is cut to `limit` edges, nearest first. */
const PATH_BUDGET = 5000;

export class TraversalRepository {
  constructor(private readonly gateway: Neo4jGateway) {}

  /**
   * Relationships on paths of up to `depth` hops from `center` whose other nodes all have one of
   * `through` (any label when null); nearest first, at most `limit` + 1 (the extra one tells the
   * caller the neighbourhood was cut).
   */
  async neighbourhood(
    center: NodeRef,
    depth: number,
    through: readonly NodeLabel[] | null,
    limit: number,
  ): Promise<EdgeModel[]> {
    const rows = await this.gateway.read(
      `MATCH (c:${label(center.label)} {slug: $slug})
       MATCH p = (c)-[*1..${bounded(depth, 1, 3)}]-(n)
       WHERE $through IS NULL OR all(x IN nodes(p)[1..] WHERE any(l IN labels(x) WHERE l IN $through))
       WITH p ORDER BY length(p) LIMIT ${PATH_BUDGET}
       UNWIND relationships(p) AS r
       WITH DISTINCT r, length(p) AS distance ORDER BY distance
       WITH DISTINCT r LIMIT $limit
       RETURN ${EDGE_FIELDS('r')} AS edge`,
      { slug: center.slug, through, known: NODE_LABELS, limit: limit + 1 },
    );
    return rows.map((row) => toEdge(row['edge'] as unknown as EdgeRow));
  }

  /** Up to `count` shortest paths of at most `maxLength` hops, shortest first. */
  async shortestPaths(
    from: NodeRef,
    to: NodeRef,
    maxLength: number,
    count: number,
  ): Promise<PathModel[]> {
    const rows = await this.gateway.read(
      `MATCH (a:${label(from.label)} {slug: $from}), (b:${label(to.label)} {slug: $to})
       MATCH p = SHORTEST ${bounded(count, 1, 5)} (a)-[]-{1,${bounded(maxLength, 1, 6)}}(b)
       RETURN [x IN nodes(p) | {label: [l IN labels(x) WHERE l IN $known][0], properties: properties(x)}] AS nodes,
              [r IN relationships(p) | ${EDGE_FIELDS('r')}] AS edges
       ORDER BY length(p)`,
      { from: from.slug, to: to.slug, known: NODE_LABELS },
    );
    return rows.map((row) => ({
      nodes: (row['nodes'] as { label: NodeLabel; properties: Record<string, PlainValue> }[]).map(
        (node) => toNodeModel(node.label, node.properties),
      ),
      edges: (row['edges'] as unknown as EdgeRow[]).map(toEdge),
    }));
  }
}

interface EdgeRow {
  type: RelationshipType;
  properties: Record<string, PlainValue>;
  fromLabel: NodeLabel;
  from: Record<string, PlainValue>;
  toLabel: NodeLabel;
  to: Record<string, PlainValue>;
}

function toEdge(row: EdgeRow): EdgeModel {
  return {
    type: row.type,
    properties: row.properties,
    from: toNodeModel(row.fromLabel, row.from),
    to: toNodeModel(row.toLabel, row.to),
  };
}

function label(value: NodeLabel): NodeLabel {
  if (!(NODE_LABELS as readonly string[]).includes(value))
    throw new Error(`Unknown label ${value}`);
  return value;
}

function bounded(value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`Expected an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}
