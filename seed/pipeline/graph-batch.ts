/**
 * The plain-value graph that ingestion steps produce and the writer stores: nodes keyed by slug per
 * label, relationships keyed by (type, from, to). No driver types, no Cypher.
 */
import type { NodeLabel, RelationshipType } from '../../src/domain/graph-model.js';

export type PropertyValue =
  string | number | boolean | null | readonly string[] | readonly number[];

export interface NodeRow {
  readonly slug: string;
  readonly properties: Readonly<Record<string, PropertyValue>>;
}

export interface RelationshipRow {
  readonly from: string;
  readonly to: string;
  readonly properties: Readonly<Record<string, PropertyValue>>;
}

export interface GraphBatch {
  readonly nodes: ReadonlyMap<NodeLabel, readonly NodeRow[]>;
  readonly relationships: ReadonlyMap<RelationshipType, readonly RelationshipRow[]>;
}

/**
 * Collects nodes and relationships, refusing a second, different definition of the same node or
 * relationship, so that two data files can never silently disagree.
 */
export class GraphBatchBuilder {
  private readonly nodes = new Map<NodeLabel, Map<string, NodeRow>>();
  private readonly relationships = new Map<RelationshipType, Map<string, RelationshipRow>>();

  addNode(
    label: NodeLabel,
    slug: string,
    properties: Record<string, PropertyValue | undefined>,
  ): this {
    const rows = this.nodes.get(label) ?? new Map<string, NodeRow>();
    this.nodes.set(label, rows);
    const row = { slug, properties: { slug, ...withoutUndefined(properties) } };
    const existing = rows.get(slug);
    if (existing !== undefined && !sameProperties(existing.properties, row.properties)) {
      throw new Error(`${label} ${slug} is defined twice with different properties`);
    }
    rows.set(slug, row);
    return this;
  }

  addRelationship(
    type: RelationshipType,
    from: string,
    to: string,
    properties: Record<string, PropertyValue | undefined> = {},
  ): this {
    const rows = this.relationships.get(type) ?? new Map<string, RelationshipRow>();
    this.relationships.set(type, rows);
    const key = `${from}\u0000${to}`;
    const row = { from, to, properties: withoutUndefined(properties) };
    const existing = rows.get(key);
    if (existing !== undefined && !sameProperties(existing.properties, row.properties)) {
      throw new Error(`${type} ${from} -> ${to} is defined twice with different properties`);
    }
    rows.set(key, row);
    return this;
  }

  build(): GraphBatch {
    return {
      nodes: new Map([...this.nodes].map(([label, rows]) => [label, [...rows.values()]])),
      relationships: new Map(
        [...this.relationships].map(([type, rows]) => [type, [...rows.values()]]),
      ),
    };
  }
}

function withoutUndefined(
  properties: Record<string, PropertyValue | undefined>,
): Record<string, PropertyValue> {
  return Object.fromEntries(
    Object.entries(properties).filter(
      (entry): entry is [string, PropertyValue] => entry[1] !== undefined,
    ),
  );
}

function sameProperties(
  a: Readonly<Record<string, PropertyValue>>,
  b: Readonly<Record<string, PropertyValue>>,
) {
  return JSON.stringify(a) === JSON.stringify(b);
}
