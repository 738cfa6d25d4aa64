/**
 * The plain-value graph that ingestion steps produce and the writer stores: nodes keyed by label and
 * slug, relationships grouped by (type, from label, to label) and keyed by their endpoints. No
 * driver types, no Cypher.
 */
import {
  connects,
  NODE_LABELS,
  type NodeLabel,
  type RelationshipType,
} from '../../src/domain/graph-model.js';

export type PropertyValue =
  string | number | boolean | null | readonly string[] | readonly number[];
export type Properties = Readonly<Record<string, PropertyValue>>;

export interface NodeRef {
  readonly label: NodeLabel;
  readonly slug: string;
}

export interface NodeRow {
  readonly slug: string;
  /** The node's own properties, and `types`: its labels, the one it is stored under first. */
  readonly properties: Properties;
}

export interface RelationshipGroup {
  readonly type: RelationshipType;
  readonly from: NodeLabel;
  readonly to: NodeLabel;
  readonly rows: readonly {
    readonly from: string;
    readonly to: string;
    readonly properties: Properties;
  }[];
}

export interface GraphBatch {
  readonly nodes: ReadonlyMap<NodeLabel, readonly NodeRow[]>;
  readonly relationships: readonly RelationshipGroup[];
}

type RelationshipRow = RelationshipGroup['rows'][number] & {
  properties: Record<string, PropertyValue>;
};

interface GroupBuilder {
  readonly type: RelationshipType;
  readonly from: NodeLabel;
  readonly to: NodeLabel;
  readonly rows: Map<string, RelationshipRow>;
}

export class GraphBatchError extends Error {
  override readonly name = 'GraphBatchError';
}

/**
 * Collects nodes and relationships. Two definitions of the same node or relationship are merged
 * when they agree and refused when they give one property different values, so two data files can
 * never silently disagree. Relationships may only connect the labels the graph model allows.
 *
 * A node may carry facets: further labels under which the same node is also known (see NODE_LABELS).
 * Once added, a facet is a name of its node: nodes and relationships given under it land on the node.
 */
export class GraphBatchBuilder {
  private readonly nodes = new Map<NodeLabel, Map<string, Record<string, PropertyValue>>>();
  private readonly relationships = new Map<string, GroupBuilder>();
  /** `facet label|slug` -> the label the node is stored under. */
  private readonly facetOf = new Map<string, NodeLabel>();

  addNode(
    label: NodeLabel,
    slug: string,
    properties: Record<string, PropertyValue | undefined>,
  ): this {
    const stored = this.stored({ label, slug });
    const rows = this.nodes.get(stored.label) ?? new Map<string, Record<string, PropertyValue>>();
    this.nodes.set(stored.label, rows);
    rows.set(slug, merge(`${label} ${slug}`, rows.get(slug), { slug, ...defined(properties) }));
    return this;
  }

  /**
   * Makes `node` also a `facet`. The node's type is the first of its labels in NODE_LABELS order,
   * so a facet must come after the node's label in that order.
   * @throws GraphBatchError when the node does not exist, the facet would become its type, or a
   *   separate node already has that label and slug.
   */
  addFacet(node: NodeRef, facet: NodeLabel): this {
    const what = `${facet} facet of ${node.label} ${node.slug}`;
    if (this.facetOf.has(`${node.label}|${node.slug}`) || !this.has(node)) {
      throw new GraphBatchError(`${what}: no node ${node.label} ${node.slug} to add it to`);
    }
    if (NODE_LABELS.indexOf(facet) <= NODE_LABELS.indexOf(node.label)) {
      throw new GraphBatchError(`${what}: a facet must come after the node's label in NODE_LABELS`);
    }
    if (this.has({ label: facet, slug: node.slug })) {
      throw new GraphBatchError(`${what}: ${facet} ${node.slug} is already a node of its own`);
    }
    this.facetOf.set(`${facet}|${node.slug}`, node.label);
    return this;
  }

  addRelationship(
    type: RelationshipType,
    from: NodeRef,
    to: NodeRef,
    properties: Record<string, PropertyValue | undefined> = {},
  ): this {
    if (!connects(type, from.label, to.label)) {
      throw new GraphBatchError(`${type} cannot connect ${from.label} to ${to.label}`);
    }
    return this.addStoredRelationship(type, this.stored(from), this.stored(to), properties);
  }

  private addStoredRelationship(
    type: RelationshipType,
    from: NodeRef,
    to: NodeRef,
    properties: Record<string, PropertyValue | undefined>,
  ): this {
    const key = `${type}|${from.label}|${to.label}`;
    const group: GroupBuilder = this.relationships.get(key) ?? {
      type,
      from: from.label,
      to: to.label,
      rows: new Map<string, RelationshipRow>(),
    };
    this.relationships.set(key, group);
    const rowKey = `${from.slug}\u0000${to.slug}`;
    const existing = group.rows.get(rowKey)?.properties;
    const what = `${type} ${from.label} ${from.slug} -> ${to.label} ${to.slug}`;
    group.rows.set(rowKey, {
      from: from.slug,
      to: to.slug,
      properties: merge(what, existing, defined(properties)),
    });
    return this;
  }

  /** How many relationships of `type` the batch holds into `node`. */
  incoming(type: RelationshipType, node: NodeRef): number {
    const to = this.stored(node);
    let count = 0;
    for (const group of this.relationships.values()) {
      if (group.type !== type || group.to !== to.label) continue;
      for (const row of group.rows.values()) if (row.to === to.slug) count += 1;
    }
    return count;
  }

  has(ref: NodeRef): boolean {
    const stored = this.stored(ref);
    return this.nodes.get(stored.label)?.has(stored.slug) ?? false;
  }

  /** The label and slug `ref` is stored under: its own, or its node's when it names a facet. */
  private stored(ref: NodeRef): NodeRef {
    const label = this.facetOf.get(`${ref.label}|${ref.slug}`);
    return label === undefined ? ref : { label, slug: ref.slug };
  }

  private facetsOf(label: NodeLabel, slug: string): NodeLabel[] {
    return NODE_LABELS.filter((facet) => this.facetOf.get(`${facet}|${slug}`) === label);
  }

  build(): GraphBatch {
    return {
      nodes: new Map(
        [...this.nodes].map(([label, rows]) => [
          label,
          [...rows].map(([slug, properties]) => ({
            slug,
            properties: { ...properties, types: [label, ...this.facetsOf(label, slug)] },
          })),
        ]),
      ),
      relationships: [...this.relationships.values()].map((group) => ({
        type: group.type,
        from: group.from,
        to: group.to,
        rows: [...group.rows.values()],
      })),
    };
  }
}

function defined(
  properties: Record<string, PropertyValue | undefined>,
): Record<string, PropertyValue> {
  return Object.fromEntries(
    Object.entries(properties).filter(
      (entry): entry is [string, PropertyValue] => entry[1] !== undefined,
    ),
  );
}

function merge(
  what: string,
  existing: Record<string, PropertyValue> | undefined,
  added: Record<string, PropertyValue>,
): Record<string, PropertyValue> {
  if (existing === undefined) return added;
  for (const [key, value] of Object.entries(added)) {
    if (key in existing && JSON.stringify(existing[key]) !== JSON.stringify(value)) {
      throw new GraphBatchError(
        `${what}: ${key} is ${JSON.stringify(existing[key])} in one source and ${JSON.stringify(value)} in another`,
      );
    }
  }
  return { ...existing, ...added };
}
