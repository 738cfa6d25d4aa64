/**
 * Neighbours along one relation of the graph model (e.g. `Essay<-AUTHORED`, an essay's authors),
 * for many source nodes in one statement. Relations, their target labels and their order all come
 * from src/domain/graph-model.ts, so resolvers ask for "the authors of these essays", never for
 * arbitrary Cypher.
 */
import {
  INDEXED_LISTS,
  isIndexedList,
  LIST_ORDER,
  LIST_OWNER,
  RELATIONS,
  relationOrderProperty,
  type NodeLabel,
  type Relation,
  type RelationName,
  type RelationshipType,
} from '../domain/graph-model.js';
import type { AnyNodeModel } from '../domain/models.js';
import type { Neo4jGateway } from '../neo4j/gateway.js';
import { toNodeModel } from './node-mappers.js';
import type { PlainValue } from '../neo4j/values.js';
import {
  integer,
  oneOf,
  record,
  records,
  sortValue,
  StoredProperties,
  text,
} from './property-readers.js';
import type { Keyset } from './node.repository.js';
import { nodeProperties } from './node-projection.js';

/** A neighbour and the relationship that leads to it, whose properties are read checked. */
export interface Neighbour {
  readonly node: AnyNodeModel;
  readonly edge: StoredProperties;
  /** What the relation orders its neighbours by (before their slug). */
  readonly sortValue: string | number;
}

/** Where a page of neighbours starts and how many it reads (see PageWindow). */
export interface NeighbourWindow {
  readonly from: Keyset | null;
  /** Neighbours to read: the page's size and one more, which tells whether another follows. */
  readonly read: number;
  readonly backwards: boolean;
}

export class RelationRepository {
  constructor(private readonly gateway: Neo4jGateway) {}

  /** For each source slug, in slug order, its neighbours along `name` in the relation's order. */
  async neighbours(name: RelationName, slugs: readonly string[]): Promise<Neighbour[][]> {
    const relation = relationNamed(name);
    const { match, orderBy } = relationMatch(relation, 's', 'r', 't', { sourceSlug: 'slug' });
    const rows = await this.gateway.read(
      `UNWIND $slugs AS slug
       MATCH (s:${relation.source} {slug: slug})
       ${match}
       WITH slug, r, t, ${relationOrder(relation, 'r', 't')} AS sortValue
       ORDER BY ${orderBy}
       RETURN slug, collect(${NEIGHBOUR}) AS neighbours`,
      { slugs, targets: relation.targets },
    );
    return neighboursBySlug(rows, relation, slugs);
  }

  /**
   * For each source slug, in slug order, one window of its neighbours along the relations named
   * (merged, each node once, when there are several; they share a source label and an order), in
   * their order from the window's cursor on, or against it when reading backwards. A list read
   * through its index (INDEXED_LISTS) reads only the window.
   */
  async pages(
    names: readonly RelationName[],
    slugs: readonly string[],
    window: NeighbourWindow,
  ): Promise<Neighbour[][]> {
    const relations = names.map(relationNamed);
    const [relation] = relations as [Relation];
    // From the cursor on: by the order value alone, which lets the index seek from there, and
    // without the cursor's ties up to its slug (see NodeRepository.page).
    const beyond = descending(relation) === window.backwards ? '>' : '<';
    const upTo = beyond === '>' ? '<=' : '>=';
    const after = (value: string) =>
      window.from === null
        ? []
        : [
            `${value} ${beyond}= $from.value AND NOT (${value} = $from.value AND t.slug ${upTo} $from.slug)`,
          ];
    const targets = [...new Set(relations.flatMap((each) => each.targets))];
    let neighbours: string;
    if (relations.length === 1) {
      const order = relationOrder(relation, 'r', 't');
      const { match, orderBy } = relationMatch(relation, 's', 'r', 't', {
        conditions: after(order),
        backwards: window.backwards,
        sourceSlug: 'slug',
      });
      neighbours = `${match} WITH r, t, ${order} AS sortValue ORDER BY ${orderBy}`;
    } else {
      const each = relations.map(
        (one) =>
          `${relationMatch(one, 's', 'r', 't').match} RETURN r, t, ${relationOrder(one, 'r', 't')} AS sortValue`,
      );
      const direction = beyond === '>' ? 'ASC' : 'DESC';
      neighbours = `CALL (s) { ${each.join(' UNION ')} }
         WITH t, sortValue, collect(r)[0] AS r
         ${window.from === null ? '' : `WHERE ${after('sortValue').join('')}`}
         ORDER BY sortValue ${direction}, t.slug ${direction}`;
    }
    const rows = await this.gateway.read(
      `UNWIND $slugs AS slug
       CALL (slug) {
         MATCH (s:${relation.source} {slug: slug})
         ${neighbours}
         LIMIT $read
         RETURN collect(${NEIGHBOUR}) AS neighbours
       }
       RETURN slug, neighbours`,
      { slugs, targets, from: window.from, read: window.read },
    );
    return neighboursBySlug(rows, relation, slugs, targets);
  }

  /** For each source slug, in slug order, how many neighbours it has along the relations named. */
  async counts(names: readonly RelationName[], slugs: readonly string[]): Promise<number[]> {
    const relations = names.map(relationNamed);
    const [relation] = relations as [Relation];
    const each = relations.map((one) => `MATCH ${relationPattern(one, 's', 'r', 't')} RETURN t`);
    const rows = await this.gateway.read(
      `UNWIND $slugs AS slug
       MATCH (s:${relation.source} {slug: slug})
       RETURN slug, COUNT { ${each.join(' UNION ')} } AS count`,
      { slugs },
    );
    const bySlug = new Map(
      rows.map((row) => [text(row, 'slug', `${names.join('+')} count`), integer(row, 'count')]),
    );
    return slugs.map((slug) => bySlug.get(slug) ?? 0);
  }
}

const NEIGHBOUR = `{
  edge: properties(r),
  node: ${nodeProperties('t')},
  label: [label IN $targets WHERE label IN labels(t)][0],
  sortValue: sortValue
}`;

function neighboursBySlug(
  rows: readonly Record<string, PlainValue>[],
  relation: Relation,
  slugs: readonly string[],
  targets: readonly NodeLabel[] = relation.targets,
): Neighbour[][] {
  const bySlug = new Map(
    rows.map((row) => [text(row, 'slug', `${relation.name} row`), records(row, 'neighbours')]),
  );
  return slugs.map((slug) =>
    (bySlug.get(slug) ?? []).map((item) => {
      const owner = `${relation.type} relationship of ${slug}`;
      const edge = new StoredProperties(owner, record(item, 'edge', owner));
      const node = toNodeModel(oneOf(item, 'label', targets, owner), record(item, 'node', owner));
      return {
        edge,
        node,
        sortValue: sortValue(item, 'sortValue', `${relation.name} neighbour ${node.slug}`),
      };
    }),
  );
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

/** Whether a relation's neighbours come in descending order of relationOrder (then by slug). */
export function descending(relation: Relation): boolean {
  return relationOrderProperty(relation).descending;
}

/**
 * What orders a relation's neighbours (before their slug): for an indexed list, the order value its
 * relationships hold (the same as the neighbour's own); else relationOrderProperty's.
 */
export function relationOrder(relation: Relation, relationship: string, target: string): string {
  return isIndexedList(relation)
    ? `${relationship}.${LIST_ORDER}`
    : ownOrder(relation, relationship, target);
}

/** relationOrderProperty's order value, on the relationship or on the neighbour `target`. */
function ownOrder(relation: Relation, relationship: string, target: string): string {
  const { of, property } = relationOrderProperty(relation);
  return `${of === 'relationship' ? relationship : target}.${property}`;
}

/**
 * The neighbours of the node `source` along a relation that meet `conditions`, as a MATCH (with
 * its WHERE) and the keys that order it: in the relation's order, or against it `backwards`. An
 * indexed list is matched through its index, which also gives its order, so a page of a hub's list
 * reads that page, not the list.
 */
export function relationMatch(
  relation: Relation,
  source: string,
  relationship: string,
  target: string,
  options: {
    readonly conditions?: readonly string[];
    readonly backwards?: boolean;
    /** The source's slug, where it is known before the source is matched. */
    readonly sourceSlug?: string;
  } = {},
): { readonly match: string; readonly orderBy: string } {
  const direction = descending(relation) === (options.backwards ?? false) ? '' : ' DESC';
  const seek = isIndexedList(relation)
    ? listIndexSeek(relationship, relation.type, options.sourceSlug ?? `${source}.slug`)
    : null;
  const conditions = [...(seek?.conditions ?? []), ...(options.conditions ?? [])];
  const keys = seek?.orderBy ?? [relationOrder(relation, relationship, target), `${target}.slug`];
  const hint = seek === null ? '' : ` ${seek.hint}`;
  return {
    match: `MATCH ${relationPattern(relation, source, relationship, target)}${hint}${conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : ''}`,
    orderBy: keys.map((key) => key + direction).join(', '),
  };
}

/**
 * How to read the indexed list of `type` relationships (`relationship`) owned by the node whose
 * slug is `ownerSlug` (a Cypher expression): the hint and conditions that seek it through its
 * (listOwner, listOrder) index, and the keys that order it. An indexed list's order value is unique
 * in it, so the index's own order is the list's, and the planner reads it in that order rather
 * than sorting what it found; where the list is short it would rather expand from the owner and
 * sort, which for a hub is the whole list, sorted for one page.
 */
export function listIndexSeek(
  relationship: string,
  type: RelationshipType,
  ownerSlug: string,
): { readonly hint: string; readonly conditions: string[]; readonly orderBy: string[] } {
  const [owner, order] = [`${relationship}.${LIST_OWNER}`, `${relationship}.${LIST_ORDER}`];
  return {
    hint: `USING INDEX SEEK ${relationship}:${type}(${LIST_OWNER}, ${LIST_ORDER})`,
    conditions: [`${owner} = ${ownerSlug}`, `${order} IS NOT NULL`],
    orderBy: [owner, order],
  };
}

/**
 * What a relationship of `type` from a `from` node to a `to` node (named by `variables` in the
 * statement that writes it) holds when it is in one of the INDEXED_LISTS: the list's owner's slug
 * and the far end's order value there, as `SET` items; none for any other relationship.
 */
export function listKeyAssignments(
  type: RelationshipType,
  from: NodeLabel,
  to: NodeLabel,
  variables: { readonly relationship: string; readonly from: string; readonly to: string },
): string[] {
  const end = INDEXED_LISTS[type];
  if (end === undefined) return [];
  const [owner, far] =
    end === 'out' ? [variables.from, variables.to] : [variables.to, variables.from];
  const relation = relationNamed(
    (end === 'out' ? `${from}-${type}->` : `${to}<-${type}`) as RelationName,
  );
  return [
    `${variables.relationship}.${LIST_OWNER} = ${owner}.slug`,
    `${variables.relationship}.${LIST_ORDER} = ${ownOrder(relation, variables.relationship, far)}`,
  ];
}
