/**
 * The plain-value graph that ingestion steps produce and the writer stores: nodes keyed by label and
 * slug, relationships grouped by (type, from label, to label) and keyed by their endpoints. No
 * driver types, no Cypher.
 */
import { connects, type NodeLabel, type RelationshipType } from '../../src/domain/graph-model.js';

export type PropertyValue =
  string | number | boolean | null | readonly string[] | readonly number[];
export type Properties = Readonly<Record<string, PropertyValue>>;

export interface NodeRef {
  readonly label: NodeLabel;
  readonly slug: string;
}

export interface NodeRow {
  readonly slug: string;
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
 */
export class GraphBatchBuilder {
  private readonly nodes = new Map<NodeLabel, Map<string, Record<string, PropertyValue>>>();
  private readonly relationships = new Map<string, GroupBuilder>();

  addNode(
    label: NodeLabel,
    slug: string,
    properties: Record<string, PropertyValue | undefined>,
  ): this {
    const rows = this.nodes.get(label) ?? new Map<string, Record<string, PropertyValue>>();
    this.nodes.set(label, rows);
    rows.set(slug, merge(`${label} ${slug}`, rows.get(slug), { slug, ...defined(properties) }));
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

  /** How many relationships of `type` the batch holds into each node of label `to`, by slug. */
  incoming(type: RelationshipType, to: NodeLabel): Map<string, number> {
    const counts = new Map<string, number>();
    for (const group of this.relationships.values()) {
      if (group.type !== type || group.to !== to) continue;
      for (const row of group.rows.values()) counts.set(row.to, (counts.get(row.to) ?? 0) + 1);
    }
    return counts;
  }

  has(ref: NodeRef): boolean {
    return this.nodes.get(ref.label)?.has(ref.slug) ?? false;
  }

  build(): GraphBatch {
    return {
      nodes: new Map(
        [...this.nodes].map(([label, rows]) => [
          label,
          [...rows].map(([slug, properties]) => ({ slug, properties })),
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
