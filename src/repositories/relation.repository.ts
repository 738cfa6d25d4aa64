/**
 * Neighbours along one relation of the graph model (e.g. `Essay<-AUTHORED`, an essay's authors),
 * for many source nodes in one statement. Relations, their target labels and their order all come
 * from src/domain/graph-model.ts, so resolvers ask for "the authors of these essays", never for
 * arbitrary Cypher.
 */
import {
  EDGE_ORDER,
  NATURAL_ORDER,
  RELATIONS,
  type Relation,
  type RelationName,
} from '../domain/graph-model.js';
import type { AnyNodeModel } from '../domain/models.js';
import type { Neo4jGateway } from '../neo4j/gateway.js';
import { toNodeModel } from './node-mappers.js';
import { oneOf, record, records, sortValue, StoredProperties, text } from './property-readers.js';
import { nodeProperties } from './node-projection.js';

/** A neighbour and the relationship that leads to it, whose properties are read checked. */
export interface Neighbour {
  readonly node: AnyNodeModel;
  readonly edge: StoredProperties;
  /** What the relation orders its neighbours by (before their slug). */
  readonly sortValue: string | number;
}

export class RelationRepository {
  constructor(private readonly gateway: Neo4jGateway) {}

  /** For each source slug, in slug order, its neighbours along `name` in the relation's order. */
  async neighbours(name: RelationName, slugs: readonly string[]): Promise<Neighbour[][]> {
    const relation = relationNamed(name);
    const rows = await this.gateway.read(
      `UNWIND $slugs AS slug
       MATCH ${relationPattern(relation, `s:${relation.source} {slug: slug}`, 'r', 't')}
       WITH slug, r, t, ${relationOrder(relation, 'r', 't')} AS sortValue
       ORDER BY sortValue${descending(relation) ? ' DESC' : ''}, t.slug
       RETURN slug, collect({
         edge: properties(r),
         node: ${nodeProperties('t')},
         label: [label IN $targets WHERE label IN labels(t)][0],
         sortValue: sortValue
       }) AS neighbours`,
      { slugs, targets: relation.targets },
    );
    const bySlug = new Map(
      rows.map((row) => [text(row, 'slug', `${name} row`), records(row, 'neighbours')]),
    );
    return slugs.map((slug) =>
      (bySlug.get(slug) ?? []).map((item) => {
        const owner = `${relation.type} relationship of ${slug}`;
        const edge = new StoredProperties(owner, record(item, 'edge', owner));
        const node = toNodeModel(
          oneOf(item, 'label', relation.targets, owner),
          record(item, 'node', owner),
        );
        return {
          edge,
          node,
          sortValue: sortValue(item, 'sortValue', `${relation.name} neighbour ${node.slug}`),
        };
      }),
    );
  }
}

/** `(source)-[r:TYPE]->(t:Target|…)`, or against the relationship's direction for an `in` relation. */
export function relationPattern(
  relation: Relation,
  source: string,
  relationship: string,
  target: string,
): string {
  const far = `${target}:${relation.targets.join('|')}`;
  return relation.direction === 'out'
    ? `(${source})-[${relationship}:${relation.type}]->(${far})`
    : `(${source})<-[${relationship}:${relation.type}]-(${far})`;
}

export function relationNamed(name: RelationName): Relation {
  const relation = RELATIONS.get(name);
  if (relation === undefined) throw new Error(`The graph model has no relation ${name}`);
  return relation;
}

/** The relationship property that orders this end, if one does. */
function edgeOrder(relation: Relation) {
  const byEdge = EDGE_ORDER[relation.type];
  return byEdge !== undefined && byEdge.orders === relation.direction ? byEdge : null;
}

/** Whether a relation's neighbours come in descending order of relationOrder (then by slug). */
export function descending(relation: Relation): boolean {
  return edgeOrder(relation)?.descending ?? false;
}

/**
 * What orders a relation's neighbours (before their slug): the relationship's order property where
 * it orders this end, else the targets' own.
 */
export function relationOrder(relation: Relation, relationship: string, target: string): string {
  const byEdge = edgeOrder(relation);
  if (byEdge !== null) return `${relationship}.${byEdge.property}`;
  const orders = new Set(relation.targets.map((label) => NATURAL_ORDER[label]));
  // Targets of several labels (a section's document) sort together by name.
  return `${target}.${orders.size === 1 ? [...orders][0] : 'sortKey'}`;
}
