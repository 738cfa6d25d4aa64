/**
 * Walking the graph: the neighbourhood of a node and the shortest paths between two nodes. Depths,
 * path lengths and counts are validated integers before they reach the Cypher text (variable-length
 * bounds cannot be parameters); labels come from NODE_LABELS.
 */
import {
  CITED_BY_PASSAGE,
  NODE_LABELS,
  RELATIONSHIP_TYPE_NAMES,
  TEXT_LINK_TYPES,
  type NodeLabel,
} from '../domain/graph-model.js';
import type { EdgeModel, PathModel } from '../domain/analysis-models.js';
import type { AnyNodeModel } from '../domain/models.js';
import type { Neo4jGateway } from '../neo4j/gateway.js';
import { toNodeModel } from './node-mappers.js';
import {
  oneOf,
  record,
  records,
  StoredProperties,
  text,
  type Properties,
} from './property-readers.js';
import { nodeProperties } from './node-projection.js';

export interface NodeRef {
  readonly label: NodeLabel;
  readonly slug: string;
}

const EDGE_FIELDS = (r: string) => `{
  type: type(${r}), properties: properties(${r}),
  fromLabel: [l IN $known WHERE l IN labels(startNode(${r}))][0], from: ${nodeProperties(`startNode(${r})`)},
  toLabel: [l IN $known WHERE l IN labels(endNode(${r}))][0], to: ${nodeProperties(`endNode(${r})`)}
}`;

/** Bounds of one breadth-first ring of a neighbourhood: nodes expanded, links read. */
const RING_NODES = 200;
const RING_LINKS = 2000;

export class TraversalRepository {
  constructor(private readonly gateway: Neo4jGateway) {}

  /**
   * Relationships within `depth` hops of `center`, found breadth first: each ring expands from the
   * nodes the previous ring reached (at most RING_NODES of them, at most RING_LINKS links per ring),
   * entering only nodes with one of `through` (any label when null). Nearest first, at most
   * `limit` + 1 (the extra one tells the caller the neighbourhood was cut). The work is bounded by
   * the ring limits whatever the size of the graph. With `nodes: 'keys'`, the nodes at the links'
   * ends are read as their label and slug only, for an answer that asks no more of them. The
   * center comes whole, in the same statement; null when there is no such node.
   */
  async neighbourhood(
    center: NodeRef,
    depth: number,
    through: readonly NodeLabel[] | null,
    limit: number,
    nodes: 'whole' | 'keys' = 'whole',
  ): Promise<{ center: AnyNodeModel; edges: EdgeModel[] } | null> {
    const ring = `
       CALL (frontier) {
         UNWIND frontier AS x
         MATCH (x)-[r]-(n)
         WHERE $through IS NULL OR any(l IN labels(n) WHERE l IN $through)
         WITH r, n LIMIT ${RING_LINKS}
         // No grouping key: one row even when the ring is empty, so the walk goes on.
         RETURN collect(DISTINCT r) AS found, collect(DISTINCT n) AS touched
       }
       WITH visited, links + found AS links, [m IN touched WHERE NOT m IN visited] AS reached
       WITH visited + reached AS visited, reached[..${RING_NODES}] AS frontier, links`;
    const rows = await this.gateway.read(
      `MATCH (c:${label(center.label)} {slug: $slug})
       WITH [c] AS visited, [c] AS frontier, [] AS links
       ${ring.repeat(bounded(depth, 1, 3))}
       UNWIND links AS r
       WITH DISTINCT r LIMIT $limit
       WITH collect(r) AS links
       // Each node once, however many of the links touch it: a passage's text is read once.
       CALL (links) {
         UNWIND links AS r
         UNWIND [startNode(r), endNode(r)] AS n
         WITH DISTINCT n
         RETURN collect({
           id: elementId(n), label: [l IN $known WHERE l IN labels(n)][0],
           properties: ${nodes === 'whole' ? nodeProperties('n') : '{slug: n.slug}'}
         }) AS nodes
       }
       RETURN nodes, [r IN links | {
         type: type(r), properties: properties(r), from: elementId(startNode(r)), to: elementId(endNode(r))
       }] AS links,
       head(COLLECT { MATCH (c:${label(center.label)} {slug: $slug}) RETURN ${nodeProperties('c')} }) AS center`,
      { slug: center.slug, through, known: preferring(through), limit: limit + 1 },
    );
    const [row] = rows;
    // Without a center the walk finds nothing; the links are still gathered into one (empty) row.
    if (row === undefined || row['center'] === null) return null;
    const byId = new Map(
      records(row, 'nodes', 'neighbourhood').map((node) => {
        const label = oneOf(node, 'label', NODE_LABELS, 'neighbourhood node');
        const properties = record(node, 'properties', 'neighbourhood node');
        return [
          text(node, 'id', 'neighbourhood node'),
          nodes === 'whole'
            ? toNodeModel(label, properties)
            : // Only what names the node was read: the caller asks no more of it.
              ({ label, slug: text(properties, 'slug', 'neighbourhood node') } as AnyNodeModel),
        ];
      }),
    );
    const nodeAt = (link: Properties, end: 'from' | 'to') => {
      const node = byId.get(text(link, end, 'neighbourhood link'));
      if (node === undefined) throw new Error(`A neighbourhood link's ${end} node was not read`);
      return node;
    };
    return {
      center: toNodeModel(center.label, record(row, 'center', 'neighbourhood')),
      edges: records(row, 'links', 'neighbourhood').map((link) =>
        edgeModel(
          oneOf(link, 'type', RELATIONSHIP_TYPE_NAMES, 'link row'),
          record(link, 'properties', 'link row'),
          nodeAt(link, 'from'),
          nodeAt(link, 'to'),
        ),
      ),
    };
  }

  /**
   * Up to `count` shortest paths of at most `maxLength` hops, shortest first; with
   * `passageBackedOnly`, only over links a passage backs (see CITED_BY_PASSAGE).
   */
  async shortestPaths(
    from: NodeRef,
    to: NodeRef,
    maxLength: number,
    count: number,
    passageBackedOnly = false,
  ): Promise<PathModel[]> {
    const hop = passageBackedOnly
      ? `(()-[r WHERE type(r) IN $textTypes OR r.${CITED_BY_PASSAGE} IS NOT NULL]-())`
      : '(()-[]-())';
    const rows = await this.gateway.read(
      `MATCH (a:${label(from.label)} {slug: $from}), (b:${label(to.label)} {slug: $to})
       MATCH p = SHORTEST ${bounded(count, 1, 5)} (a)${hop}{1,${bounded(maxLength, 1, 6)}}(b)
       RETURN [x IN nodes(p) | {label: [l IN $known WHERE l IN labels(x)][0], properties: ${nodeProperties('x')}}] AS nodes,
              [r IN relationships(p) | ${EDGE_FIELDS('r')}] AS edges
       ORDER BY length(p)`,
      { from: from.slug, to: to.slug, known: NODE_LABELS, textTypes: TEXT_LINK_TYPES },
    );
    return rows.map((row) => ({
      nodes: records(row, 'nodes', 'path row').map((node) =>
        toNodeModel(
          oneOf(node, 'label', NODE_LABELS, 'path node'),
          record(node, 'properties', 'path node'),
        ),
      ),
      edges: records(row, 'edges', 'path row').map(toEdge),
    }));
  }
}

function toEdge(row: Properties): EdgeModel {
  const owner = 'link row';
  return edgeModel(
    oneOf(row, 'type', RELATIONSHIP_TYPE_NAMES, owner),
    record(row, 'properties', owner),
    toNodeModel(oneOf(row, 'fromLabel', NODE_LABELS, owner), record(row, 'from', owner)),
    toNodeModel(oneOf(row, 'toLabel', NODE_LABELS, owner), record(row, 'to', owner)),
  );
}

function edgeModel(
  type: EdgeModel['type'],
  properties: Properties,
  from: EdgeModel['from'],
  to: EdgeModel['to'],
): EdgeModel {
  return {
    type,
    properties: new StoredProperties(`${type} relationship ${from.slug} -> ${to.slug}`, properties),
    from,
    to,
  };
}

/**
 * The labels a node is reported under, in order of preference: those a walk is restricted to
 * first, so that a node with facets is shown as the type asked for.
 */
function preferring(through: readonly NodeLabel[] | null): NodeLabel[] {
  if (through === null) return [...NODE_LABELS];
  const [asked, rest] = [
    NODE_LABELS.filter((known) => through.includes(known)),
    NODE_LABELS.filter((known) => !through.includes(known)),
  ];
  return [...asked, ...rest];
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
