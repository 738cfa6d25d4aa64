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
  tuples,
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

/** What a neighbourhood reads besides each link's type and ends (label and slug). */
export interface NeighbourhoodReading {
  /** 'whole': every property of the nodes the links touch; 'keys': their label and slug only. */
  readonly nodes: 'whole' | 'keys';
  /** The links' own properties (evidence, provenance, surfaces); without them a link reads none. */
  readonly linkProperties: boolean;
}

/** A neighbourhood link as its statement returns it, field by field. */
const LINK_FIELDS = ['type', 'fromLabel', 'from', 'toLabel', 'to', 'properties'];

const WHOLE: NeighbourhoodReading = { nodes: 'whole', linkProperties: true };

export class TraversalRepository {
  constructor(private readonly gateway: Neo4jGateway) {}

  /**
   * Relationships within `depth` hops of `center`, found breadth first: each ring expands from the
   * nodes the previous ring reached, entering only nodes with one of `through` (any label when
   * null). Nearest first, at most `limit` + 1 (the extra one tells the caller the neighbourhood was
   * cut). A ring reads at most that many new links, and once the walk has them no further ring
   * starts, so the work is bounded by `limit` and `depth` whatever the size of the graph (a hub
   * with thousands of links is read as far as the answer needs). The center comes whole, in the
   * same statement; null when there is no such node.
   */
  async neighbourhood(
    center: NodeRef,
    depth: number,
    through: readonly NodeLabel[] | null,
    limit: number,
    reading: NeighbourhoodReading = WHOLE,
  ): Promise<{ center: AnyNodeModel; edges: EdgeModel[] } | null> {
    // A link already found is not found again from its other end; the lists compared stay
    // shorter than $limit, since no ring starts once the walk has that many links.
    const ring = `
       CALL (frontier, links) {
         UNWIND CASE WHEN size(links) < $limit THEN frontier ELSE [] END AS x
         MATCH (x)-[r]-(n)
         WHERE ($through IS NULL OR any(l IN labels(n) WHERE l IN $through)) AND NOT r IN links
         WITH DISTINCT r, n LIMIT $limit
         // No grouping key: one row even when the ring is empty, so the walk goes on.
         RETURN collect(DISTINCT r) AS found, collect(DISTINCT n) AS touched
       }
       WITH visited, links + found AS links, [m IN touched WHERE NOT m IN visited] AS reached
       WITH visited + reached AS visited, reached AS frontier, links`;
    const rows = await this.gateway.read(
      `MATCH (c:${label(center.label)} {slug: $slug})
       WITH [c] AS visited, [c] AS frontier, [] AS links
       ${ring.repeat(bounded(depth, 1, 3))}
       WITH links[..$limit] AS links
       ${
         reading.nodes === 'whole'
           ? // Each node once, however many of the links touch it: a passage's text is read once.
             `CALL (links) {
                UNWIND links AS r
                UNWIND [startNode(r), endNode(r)] AS n
                WITH DISTINCT n
                WITH n, labels(n) AS own
                RETURN collect([[l IN $known WHERE l IN own][0], ${nodeProperties('n')}]) AS nodes
              }`
           : 'WITH links, [] AS nodes'
       }
       // Each end's labels read once (not once per label known), the links kept in their order.
       CALL (links) {
         UNWIND range(0, size(links) - 1) AS position
         WITH position, links[position] AS r
         WITH position, r, startNode(r) AS from, endNode(r) AS to
         WITH position, r, from, to, labels(from) AS fromLabels, labels(to) AS toLabels
         ORDER BY position
         RETURN collect([
           type(r), [l IN $known WHERE l IN fromLabels][0], from.slug,
           [l IN $known WHERE l IN toLabels][0], to.slug${reading.linkProperties ? ', properties(r)' : ''}
         ]) AS rows
       }
       RETURN nodes, rows AS links,
       head(COLLECT { MATCH (c:${label(center.label)} {slug: $slug}) RETURN ${nodeProperties('c')} }) AS center`,
      { slug: center.slug, through, known: preferring(through), limit: limit + 1 },
    );
    const [row] = rows;
    // Without a center the walk finds nothing; the links are still gathered into one (empty) row.
    if (row === undefined || row['center'] === null) return null;
    const read = new Map<string, AnyNodeModel>();
    for (const node of tuples(row, 'nodes', ['label', 'properties'], 'neighbourhood')) {
      const model = toNodeModel(
        oneOf(node, 'label', NODE_LABELS, 'neighbourhood node'),
        record(node, 'properties', 'neighbourhood node'),
      );
      read.set(`${model.label}:${model.slug}`, model);
    }
    const nodeAt = (link: Properties, end: 'from' | 'to'): AnyNodeModel => {
      const nodeLabel = oneOf(link, `${end}Label`, NODE_LABELS, 'neighbourhood link');
      const slug = text(link, end, 'neighbourhood link');
      // Only what names the node was read: the caller asks no more of it.
      if (reading.nodes === 'keys') return { label: nodeLabel, slug } as AnyNodeModel;
      const node = read.get(`${nodeLabel}:${slug}`);
      if (node === undefined)
        throw new Error(`A neighbourhood link's node ${nodeLabel}:${slug} was not read`);
      return node;
    };
    return {
      center: toNodeModel(center.label, record(row, 'center', 'neighbourhood')),
      edges: tuples(row, 'links', LINK_FIELDS, 'neighbourhood').map((link) =>
        edgeModel(
          oneOf(link, 'type', RELATIONSHIP_TYPE_NAMES, 'link row'),
          reading.linkProperties ? record(link, 'properties', 'link row') : {},
          nodeAt(link, 'from'),
          nodeAt(link, 'to'),
        ),
      ),
    };
  }

  /**
   * Up to `count` shortest paths of at most `maxLength` hops, shortest first; with
   * `passageBackedOnly`, only over links a passage backs (see CITED_BY_PASSAGE).
   *
   * The paths of the least length are looked for first, by a search from both ends at once
   * (`allShortestPaths`); only when there are some, but fewer than `count`, are longer ones
   * needed, and then `SHORTEST count` finds them all (when there are none, there is no path).
   * `SHORTEST` alone keeps state for every way into each node it passes: between a concept and an
   * organisation at tier M it took 1.5-1.9 s where the search from both ends took 40-70 ms.
   */
  async shortestPaths(
    from: NodeRef,
    to: NodeRef,
    maxLength: number,
    count: number,
    passageBackedOnly = false,
  ): Promise<PathModel[]> {
    const backed = `type(r) IN $textTypes OR r.${CITED_BY_PASSAGE} IS NOT NULL`;
    const [length, k] = [bounded(maxLength, 1, 6), bounded(count, 1, 5)];
    const rows = await this.gateway.read(
      `MATCH (a:${label(from.label)} {slug: $from}), (b:${label(to.label)} {slug: $to})
       CALL (a, b) {
         MATCH p = allShortestPaths((a)-[*1..${length}]-(b))
         ${passageBackedOnly ? `WHERE all(r IN relationships(p) WHERE ${backed})` : ''}
         RETURN p LIMIT ${k}
       }
       WITH a, b, collect(p) AS shortest
       CALL (a, b, shortest) {
         UNWIND CASE WHEN size(shortest) = ${k} THEN shortest ELSE [] END AS p
         RETURN p
         UNION ALL
         WITH a, b WHERE 0 < size(shortest) < ${k}
         MATCH p = SHORTEST ${k} (a)(()-[${passageBackedOnly ? `r WHERE ${backed}` : ''}]-()){1,${length}}(b)
         RETURN p
       }
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
