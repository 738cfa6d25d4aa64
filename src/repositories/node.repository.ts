/**
 * Nodes by slug, and keyset-paginated lists of nodes of one label. Labels, sort properties and
 * filter properties come from the whitelists below; values always travel as parameters.
 */
import type { NodeLabel, Relation, RelationName } from '../domain/graph-model.js';
import { kindLabel } from '../domain/kind-labels.js';
import type { AnyNodeModel } from '../domain/models.js';
import type { Neo4jGateway } from '../neo4j/gateway.js';
import type { PlainValue } from '../neo4j/values.js';
import { toNodeModel } from './node-mappers.js';
import { integer, record, sortValue, text } from './property-readers.js';
import { nodeProperties } from './node-projection.js';
import {
  relationMatch,
  relationNamed,
  relationOrder,
  relationPattern,
} from './relation.repository.js';

/**
 * Properties a list of each label can be ordered by (`sortKey`: Dutch collation of the name). Every
 * node of its label has each one (the writer sets them, and a test checks the seeded graph), and
 * each has a range index with the slug that breaks its ties (a slug its constraint's): a list is
 * read in index order, so a page reads its own items, not every node of the label.
 */
export const SORTABLE_PROPERTIES = {
  Programme: ['sortKey', 'startYear'],
  Project: ['sortKey'],
  Essay: ['seriesPosition', 'sortKey'],
  Preface: ['sortKey'],
  Person: ['sortKey'],
  Organisation: ['sortKey'],
  Section: ['ordinal'],
  Passage: ['readingKey'],
  Footnote: ['slug'],
  Concept: ['sortKey', 'passageCount'],
  Theme: ['sortKey'],
  PolicyInstrument: ['sortKey'],
  Region: ['sortKey'],
  Regulation: ['sortKey'],
  Finding: ['slug'],
  Table: ['slug'],
} as const satisfies Record<NodeLabel, readonly string[]>;

type FilterDefinition = string | { readonly list: RelationName };

/**
 * Filters a list of each label accepts: name -> Cypher condition on `n` reading `$filter.<name>`,
 * or the list of INDEXED_LISTS whose owner the filter names (`{ list }`), in the order of a list
 * by slug: the findings about a concept are the concept's findings. A page of such a filter seeks
 * that list's index from the cursor on, and reads the page, not every node of the label to test
 * each one. Conditions are fixed text; only the values travel, as parameters.
 */
export const FILTERS = {
  Programme: {},
  Project: { kind: 'n.kind = $filter.kind' },
  Essay: {},
  Preface: {},
  Person: {},
  Organisation: {},
  Section: { document: 'n.document = $filter.document' },
  Passage: { document: 'n.document = $filter.document' },
  Footnote: {},
  Concept: {
    // A word of any label (seeded or curated) starts with the normalised prefix.
    labelPrefix:
      "(' ' + n.labelText + ' ' + coalesce(n.curatedLabelText, '')) CONTAINS (' ' + $filter.labelPrefix)",
  },
  Theme: {},
  PolicyInstrument: {
    horizon: 'n.horizon = $filter.horizon',
    theme: 'EXISTS { (n)-[:SERVES]->(:Theme {slug: $filter.theme}) }',
  },
  Region: { kind: 'n.kind = $filter.kind' },
  Regulation: {},
  Finding: {
    kind: 'n.kind = $filter.kind',
    document: 'EXISTS { (n)-[:STATED_IN]->(:Passage {document: $filter.document}) }',
    concept: { list: 'Concept<-ABOUT' },
  },
  Table: {},
} as const satisfies Record<NodeLabel, Readonly<Record<string, FilterDefinition>>>;

export type SortProperty<L extends NodeLabel> = (typeof SORTABLE_PROPERTIES)[L][number];
export type FilterProperty<L extends NodeLabel> = keyof (typeof FILTERS)[L] & string;
export type SortValue = string | number;

/** A position in an ordered list: the sort value of an item and its slug, which breaks ties. */
export interface Keyset {
  readonly value: SortValue;
  readonly slug: string;
}

export interface PageRequest<L extends NodeLabel> {
  readonly label: L;
  readonly sortBy: SortProperty<L>;
  /** Direction in which items are read; the caller reverses a page read backwards. */
  readonly direction: 'ASC' | 'DESC';
  readonly filter: Partial<Record<FilterProperty<L>, string>>;
  /** Read items strictly after this position (in `direction`). */
  readonly from: Keyset | null;
  /** Items to read whole. */
  readonly limit: number;
  /** Whether to read the position of one more, which tells whether another page follows. */
  readonly probe: boolean;
}

export interface PageItem {
  /** The node's model, or what a projection made of it. */
  readonly node: unknown;
  readonly slug: string;
  readonly sortValue: SortValue;
}

/** What to return of each node on a page instead of its model (look-ahead's compiled selection). */
export interface NodeProjection {
  /** A Cypher expression over the node `n`, which `finish` makes the answer of. */
  readonly cypher: string;
  readonly parameters: Record<string, unknown>;
  readonly finish: (value: unknown) => unknown;
}

export class NodeRepository {
  constructor(private readonly gateway: Neo4jGateway) {}

  /** Nodes of `label` for each slug, in slug order; null where no node has that slug. */
  async findBySlugs(label: NodeLabel, slugs: readonly string[]): Promise<(AnyNodeModel | null)[]> {
    const rows = await this.gateway.read(
      `UNWIND $slugs AS slug
       OPTIONAL MATCH (n:${label} {slug: slug})
       RETURN slug, ${nodeProperties('n')} AS properties`,
      { slugs },
    );
    const bySlug = new Map(
      rows.map((row) => [text(row, 'slug', `${label} row`), row['properties']]),
    );
    return slugs.map((slug) => {
      const properties = bySlug.get(slug);
      return isProperties(properties) ? toNodeModel(label, properties) : null;
    });
  }

  /** Every node of `label`, by slug: for exports of the whole graph. */
  async all(label: NodeLabel): Promise<AnyNodeModel[]> {
    const rows = await this.gateway.read(
      `MATCH (n:${label}) RETURN ${nodeProperties('n')} AS properties ORDER BY n.slug`,
    );
    return rows.map((row) => toNodeModel(label, record(row, 'properties', `${label} row`)));
  }

  async page<L extends NodeLabel>(
    request: PageRequest<L>,
    projection: NodeProjection | null = null,
  ): Promise<PageItem[]> {
    const sortable: readonly string[] = SORTABLE_PROPERTIES[request.label];
    if (!sortable.includes(request.sortBy)) {
      throw new Error(`${request.label} cannot be ordered by ${request.sortBy}`);
    }
    const sort = `n.${request.sortBy}`;
    const [after, upTo] = request.direction === 'ASC' ? ['>', '<='] : ['<', '>='];
    const list = filterList(request.label, request.filter);
    if (list !== null && request.sortBy !== 'slug') {
      throw new Error(`${request.label} filtered by a list is ordered by slug only`);
    }
    const { match, orderBy } =
      list === null ? labelMatch(request, sort, after, upTo) : listMatch(list, request, after);
    const rows = await this.gateway.read(
      `${match}
       WITH n, ${sort} AS sortValue
       ORDER BY ${orderBy}
       LIMIT $read
       // The probe, last, is read for its position only: its properties are never shown.
       WITH collect({n: n, sortValue: sortValue}) AS page
       UNWIND range(0, size(page) - 1) AS index
       WITH page[index].n AS n, page[index].sortValue AS sortValue, index
       RETURN CASE WHEN index < $limit THEN ${projection?.cypher ?? nodeProperties('n')} END AS properties,
              n.slug AS slug, sortValue`,
      {
        ...projection?.parameters,
        filter: list?.others ?? request.filter,
        owner: list?.owner ?? null,
        from: request.from,
        limit: request.limit,
        read: request.limit + (request.probe ? 1 : 0),
      },
    );
    return rows.map((row) => {
      const properties = row['properties'] as Record<string, PlainValue> | null;
      return {
        node:
          properties === null
            ? null
            : projection
              ? projection.finish(properties)
              : toNodeModel(request.label, properties),
        slug: text(row, 'slug', `${request.label} list item`),
        sortValue: sortValue(row, 'sortValue', `${request.label} list item`),
      };
    });
  }

  /**
   * How many nodes of `label` pass `filter`. A count of one kind and nothing else counts the nodes
   * of the kind's label, which Neo4j answers from its count store without reading them; counted
   * by the `kind` property, it would read an index entry per node of the kind.
   */
  async count<L extends NodeLabel>(
    label: L,
    filter: Partial<Record<FilterProperty<L>, string>>,
  ): Promise<number> {
    const ofKind = onlyKindLabel(label, filter);
    const list = filterList(label, filter);
    const rows = await this.gateway.read(
      ofKind !== null
        ? `MATCH (n:${ofKind}) RETURN count(n) AS total`
        : list !== null
          ? `MATCH (owner:${list.relation.source} {slug: $owner})
             MATCH ${relationPattern(list.relation, 'owner', 'r', 'n')}
             WHERE ${filterClause(label, list.others)}
             RETURN count(n) AS total`
          : `MATCH (n:${label}) WHERE ${filterClause(label, filter)} RETURN count(n) AS total`,
      { filter: list?.others ?? filter, owner: list?.owner ?? null },
    );
    return integer(rows[0] ?? {}, 'total', `${label} count`);
  }
}

/**
 * The nodes of the request's label in the list's order (its sort property, then the slug), after
 * the cursor `$from`: read through the index of that order, keeping those that pass the filter.
 */
function labelMatch<L extends NodeLabel>(
  request: PageRequest<L>,
  sort: string,
  after: string,
  upTo: string,
): { match: string; orderBy: string } {
  // The list's order, and the index that has it: the sort property, then the slug that breaks its
  // ties (a slug alone for a list by slug). Every node has both; saying so lets the planner read
  // that index in order, from the first item or, after a cursor, from the cursor's value on.
  const order = request.sortBy === 'slug' ? [sort] : [sort, 'n.slug'];
  const conditions = [
    ...order.map((key) => `${key} IS NOT NULL`),
    filterClause(request.label, request.filter),
    // After the cursor: the first comparison alone lets the planner seek the index from there,
    // and the cursor's ties up to its slug are left out. Not by an OR (past the value, or at it
    // and past the slug): the planner answers that from the slug's index as well, and sorts
    // what both find.
    ...(request.from === null
      ? []
      : [
          `${sort} ${after}= $from.value AND NOT (${sort} = $from.value AND n.slug ${upTo} $from.slug)`,
        ]),
  ];
  return {
    match: `MATCH (n:${request.label}) WHERE ${conditions.join(' AND ')}`,
    orderBy: order.map((key) => `${key} ${request.direction}`).join(', '),
  };
}

/** A filter of a list that `filter` holds: its list, its owner's slug, and the other filters. */
interface FilterList {
  readonly relation: Relation;
  readonly owner: string;
  readonly others: Record<string, string>;
}

function filterList(
  label: NodeLabel,
  filter: Readonly<Record<string, string | undefined>>,
): FilterList | null {
  const filters: Readonly<Record<string, FilterDefinition>> = FILTERS[label];
  const name = Object.keys(filter).find(
    (candidate) => filter[candidate] !== undefined && typeof filters[candidate] === 'object',
  );
  if (name === undefined) return null;
  const { list } = filters[name] as { readonly list: RelationName };
  const others = Object.fromEntries(
    Object.entries(filter).filter(
      (entry): entry is [string, string] => entry[0] !== name && entry[1] !== undefined,
    ),
  );
  return {
    relation: relationNamed(list),
    owner: filter[name] as string,
    others,
  };
}

/**
 * The nodes of a filter's list (`$owner`'s), in its order by slug, after the cursor `$from`:
 * its index sought from the cursor on, keeping those that pass the other filters (`$filter`).
 */
function listMatch<L extends NodeLabel>(
  list: FilterList,
  request: PageRequest<L>,
  after: string,
): { match: string; orderBy: string } {
  const { match, orderBy } = relationMatch(list.relation, 'owner', 'r', 'n', {
    sourceSlug: '$owner',
    backwards: request.direction === 'DESC',
    conditions: [
      filterClause(request.label, list.others),
      // The list's order value is the node's slug: past the cursor's slug.
      ...(request.from === null
        ? []
        : [`${relationOrder(list.relation, 'r', 'n')} ${after} $from.slug`]),
    ],
  });
  return {
    match: `MATCH (owner:${list.relation.source} {slug: $owner}) ${match}`,
    orderBy,
  };
}

/** The label of the kind `filter` asks for, when it asks for a kind and nothing else. */
function onlyKindLabel(
  label: NodeLabel,
  filter: Readonly<Record<string, string | undefined>>,
): string | null {
  const [name, ...others] = Object.keys(filter);
  return name === 'kind' && others.length === 0 ? kindLabel(label, filter[name]) : null;
}

function filterClause(
  label: NodeLabel,
  filter: Readonly<Record<string, string | undefined>>,
): string {
  const conditions: Readonly<Record<string, FilterDefinition>> = FILTERS[label];
  const clauses = Object.keys(filter).map((name) => {
    const condition = conditions[name];
    if (condition === undefined) throw new Error(`${label} cannot be filtered on ${name}`);
    if (typeof condition !== 'string') throw new Error(`${label}'s ${name} is read as its list`);
    return condition;
  });
  return clauses.length > 0 ? clauses.join(' AND ') : 'true';
}

function isProperties(value: unknown): value is Record<string, PlainValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
