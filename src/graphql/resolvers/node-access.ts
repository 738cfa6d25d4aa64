/**
 * What resolvers share: typed access to nodes and neighbours through the request's loaders, and
 * top-level keyset connections. Keeps each resolver to a line or two.
 */
import type { NodeLabel } from '../../domain/graph-model.js';
import type { AnyNodeModel, FindingModel } from '../../domain/models.js';
import type { RequestContext } from '../../context.js';
import type { FilterProperty, SortProperty } from '../../repositories/node.repository.js';
import type { Neighbour, RELATIONS, RelationName } from '../../repositories/relation.repository.js';
import {
  connectionFromList,
  pageWindow,
  toConnection,
  type ConnectionModel,
  type PageArgs,
} from '../connection.js';

export type ModelOf<L extends NodeLabel> = Extract<AnyNodeModel, { label: L }>;

/** The model type at the far end of a named relation. */
export type TargetOf<R extends RelationName> = (typeof RELATIONS)[R]['target'] extends infer T
  ? T extends NodeLabel
    ? ModelOf<T>
    : T extends readonly (infer L extends NodeLabel)[]
      ? ModelOf<L>
      : never
  : never;

export async function loadNode<L extends NodeLabel>(
  context: RequestContext,
  label: L,
  slug: string,
): Promise<ModelOf<L> | null> {
  return (await context.loaders.node(label).load(slug)) as ModelOf<L> | null;
}

/** The neighbours of `slug` along `relation`, with the relationship's properties. */
export function neighbours(
  context: RequestContext,
  relation: RelationName,
  slug: string,
): Promise<Neighbour[]> {
  return context.loaders.neighbours(relation).load(slug);
}

/** A text property of the relationship that leads to a neighbour, or null. */
export function edgeText(neighbour: Neighbour, key: string): string | null {
  const value = neighbour.edge[key];
  return typeof value === 'string' ? value : null;
}

export async function neighbourNodes<R extends RelationName>(
  context: RequestContext,
  relation: R,
  slug: string,
): Promise<TargetOf<R>[]> {
  return (await neighbours(context, relation, slug)).map((item) => item.node as TargetOf<R>);
}

export async function firstNeighbour<R extends RelationName>(
  context: RequestContext,
  relation: R,
  slug: string,
): Promise<TargetOf<R> | null> {
  const nodes = await neighbourNodes(context, relation, slug);
  return nodes.length > 0 ? (nodes[0] as TargetOf<R>) : null;
}

/**
 * One page of the findings about a subject, in slug order. A subject has at most a few hundred, so
 * the request's loader fetches them all for every subject on the page in one query.
 */
export async function pageOfFindingsAbout(
  context: RequestContext,
  relation: Extract<RelationName, `findingsAbout${string}`>,
  slug: string,
  args: PageArgs,
): Promise<ConnectionModel<FindingModel>> {
  return connectionFromList(
    await neighbourNodes(context, relation, slug),
    args,
    'findingsAbout.slug.ASC',
    (finding) => ({ value: finding.slug, slug: finding.slug }),
  );
}

export interface ListRequest<L extends NodeLabel> {
  readonly label: L;
  readonly sortBy: SortProperty<L>;
  readonly direction: 'ASC' | 'DESC';
  readonly filter?: Partial<Record<FilterProperty<L>, string | null | undefined>>;
}

/** A page of all nodes of one label, ordered and filtered, with a lazily counted total. */
export function nodeConnection<L extends NodeLabel>(
  context: RequestContext,
  request: ListRequest<L>,
  args: PageArgs,
): ConnectionModel<ModelOf<L>> {
  const ordering = `${request.label}.${request.sortBy}.${request.direction}`;
  const window = pageWindow(args, ordering);
  const filter = definedOnly(request.filter ?? {});
  return toConnection({
    window,
    ordering,
    readPage: () =>
      context.nodes.page({
        label: request.label,
        sortBy: request.sortBy,
        direction: window.backwards ? reverse(request.direction) : request.direction,
        filter,
        from: window.from,
        limit: window.size + 1,
      }),
    keysetOf: (item) => ({ value: item.sortValue, slug: item.model.slug }),
    nodeOf: (item) => item.model as ModelOf<L>,
    totalCount: () => context.nodes.count(request.label, filter),
  });
}

function reverse(direction: 'ASC' | 'DESC'): 'ASC' | 'DESC' {
  return direction === 'ASC' ? 'DESC' : 'ASC';
}

function definedOnly<K extends string>(
  filter: Partial<Record<K, string | null | undefined>>,
): Partial<Record<K, string>> {
  return Object.fromEntries(
    Object.entries(filter).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  ) as Partial<Record<K, string>>;
}

/** Each node once, in first-seen order. */
export function distinctNodes<M extends { label: string; slug: string }>(nodes: readonly M[]): M[] {
  const seen = new Set<string>();
  return nodes.filter((node) => {
    const key = `${node.label}:${node.slug}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
