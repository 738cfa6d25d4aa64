/**
 * What resolvers share: typed access to nodes and neighbours through the request's loaders, lookups
 * by slug or id, filters by name, and connections read a keyset page at a time. Keeps each resolver
 * to a line or two.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { BadUserInputError } from '../../domain/errors.js';
import { orElse, readProjected } from '../look-ahead/compile.js';
import { selects } from '../look-ahead/selection.js';
import type { NodeLabel, RelationName, RelationTarget } from '../../domain/graph-model.js';
import type { EdgeModel } from '../../domain/analysis-models.js';
import type { AnyNodeModel, ModelOf } from '../../domain/models.js';
import { quoted } from '../../domain/quoted.js';
import { searchableText } from '../../domain/text-normalisation.js';
import type { RequestContext } from '../../context.js';
import type { NamedNode } from '../../repositories/name.repository.js';
import type { FilterProperty, SortProperty } from '../../repositories/node.repository.js';
import type { Neighbour } from '../../repositories/relation.repository.js';
import { pageWindow, toConnection, type ConnectionModel, type PageArgs } from '../connection.js';
import { lookupSlug, nodeKey, parseNodeKey, type NodeKey } from '../global-id.js';

/** The model type at the far end of a relation. */
export type TargetOf<R extends RelationName> = ModelOf<RelationTarget<R>>;

export async function loadNode<L extends NodeLabel>(
  context: RequestContext,
  label: L,
  slug: string,
): Promise<ModelOf<L> | null> {
  return (await context.loaders.node(label).load(slug)) as ModelOf<L> | null;
}

/**
 * A root lookup (`concept(slug:, id:)`): the node the arguments name, or null. Read with all the
 * request selects of it when look-ahead can compile that (the answer then stands in for the model).
 */
export async function lookup<L extends NodeLabel>(
  context: RequestContext,
  label: L,
  args: { readonly slug?: string | null; readonly id?: string | null },
  info: GraphQLResolveInfo,
): Promise<ModelOf<L> | null> {
  const slug = lookupSlug(label, args);
  const lookAhead = context.loaders.lookAhead.lookup(info, label);
  if (lookAhead === null) return loadNode(context, label, slug);
  return orElse(lookAhead.load(slug) as Promise<ModelOf<L> | null>, () =>
    loadNode(context, label, slug),
  );
}

/**
 * The node an argument names by global id or `Type:slug`.
 * @throws BadUserInputError when the argument names no node.
 */
export async function existingNode(
  context: RequestContext,
  value: string,
  argument: string,
): Promise<AnyNodeModel> {
  const key = nodeKey(value, argument);
  const node = await loadNode(context, key.label, key.slug);
  if (node === null) throw noSuchNode(argument, key);
  return node;
}

/** What a request hears when an argument names a node that is not there. */
export function noSuchNode(argument: string, key: NodeKey): BadUserInputError {
  return new BadUserInputError(
    `\`${argument}\` names no node: there is no ${key.label} ${quoted(key.slug)}`,
  );
}

/** The neighbours of `slug` along `relation`, with the relationship's properties. */
export function neighbours(
  context: RequestContext,
  relation: RelationName,
  slug: string,
): Promise<Neighbour[]> {
  return context.loaders.neighbours(relation).load(slug);
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
  return nodes[0] ?? null;
}

/**
 * One page of the neighbours of `slug` along the relations named, in the relations' order (merged,
 * each node once, when there are several). The request's loader reads that page for every parent
 * on the page in one query.
 */
export function relationConnection<R extends RelationName>(
  context: RequestContext,
  relations: readonly R[],
  slug: string,
  args: PageArgs,
): ConnectionModel<TargetOf<R>> {
  return neighbourConnection(context, relations, slug, args, (item) => item.node as TargetOf<R>);
}

/** Like relationConnection, with each neighbour and its relationship turned into an item. */
export function neighbourConnection<M>(
  context: RequestContext,
  relations: readonly RelationName[],
  slug: string,
  args: PageArgs,
  itemOf: (neighbour: Neighbour) => M,
): ConnectionModel<M> {
  const ordering = relations.join('+');
  const window = pageWindow(args, ordering);
  return toConnection({
    window,
    ordering,
    readPage: () =>
      context.loaders.neighbours
        .page(relations, {
          from: window.from,
          read: window.size + 1,
          backwards: window.backwards,
        })
        .load(slug),
    keysetOf: (item) => ({ value: item.sortValue, slug: item.node.slug }),
    nodeOf: itemOf,
    totalCount: () => context.loaders.neighbours.count(relations).load(slug),
  });
}

/**
 * The node a filter argument names by slug, global id, `Type:slug`, or any of its names as a person
 * types them (case, accents and apostrophes aside), among nodes of `labels`.
 * @throws BadUserInputError when it names none, listing the valid values (or how to find them), or
 *   when a name fits several nodes, listing their slugs.
 */
export async function namedNode(
  context: RequestContext,
  labels: readonly NodeLabel[],
  argument: string,
  value: string,
): Promise<NodeKey> {
  const asKey = parseNodeKey(value);
  if (asKey !== null && !labels.includes(asKey.label)) {
    throw new BadUserInputError(
      `\`${argument}\` must name a ${labels.join(' or ')} (got ${asKey.label} ${quoted(asKey.slug)})`,
    );
  }
  const found = await context.names.named(
    labels,
    asKey?.slug ?? value,
    asKey === null ? searchableText(value) : '',
  );
  const exact = found.find((node) => node.slug === (asKey?.slug ?? value));
  if (exact !== undefined) return exact;
  const [only, ...others] = found;
  if (only !== undefined && others.length === 0) return only;
  if (only !== undefined) {
    throw new BadUserInputError(
      `\`${argument}\` ${quoted(value)} names ${found.length} nodes; give one's slug: ${found.map(described).join(', ')}`,
    );
  }
  const choices = await context.names.choices(labels, MAX_LISTED_CHOICES + 1);
  const listed = choices.map(described).join(', ');
  throw new BadUserInputError(
    choices.length > MAX_LISTED_CHOICES
      ? `\`${argument}\` ${quoted(value)} names no ${labels.join(' or ')}; give a slug or a label (the list queries show them all)`
      : `\`${argument}\` ${quoted(value)} names no ${labels.join(' or ')}; valid: ${listed}`,
  );
}

/** A node as an error message lists it: its slug, and its name where that says more. */
function described(node: NamedNode): string {
  return node.name === node.slug ? node.slug : `${node.slug} (${node.name})`;
}

/** When a value cannot be resolved, its valid values are listed if there are at most this many. */
const MAX_LISTED_CHOICES = 30;

/** A list filter's value that names a node (by slug, `Type:slug` or name), to be read as its slug. */
export interface NamedFilter {
  readonly labels: readonly NodeLabel[];
  /** The argument's name, for errors. */
  readonly argument: string;
  readonly value: string;
}

export interface ListRequest<L extends NodeLabel> {
  readonly label: L;
  readonly sortBy: SortProperty<L>;
  readonly direction: 'ASC' | 'DESC';
  readonly filter?: Partial<Record<FilterProperty<L>, string | NamedFilter | null | undefined>>;
}

const SLUG_SHAPED = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A page of all nodes of one label, ordered and filtered, with a lazily counted total. A filter
 * that names a node is resolved to its slug; an unknown name is refused at the list's own field.
 *
 * Named filters written as slugs are first tried as slugs, saving the lookup's statement: every
 * filter condition matches a node by that slug, so a page that is not empty proves each one names
 * a node, which is the lookup's answer too (an exact slug wins over names). Only an empty page, or
 * a selection without edges, needs the lookup.
 */
export async function nodeConnection<L extends NodeLabel>(
  context: RequestContext,
  request: ListRequest<L>,
  args: PageArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionModel<ModelOf<L>>> {
  const entries = Object.entries(request.filter ?? {}).filter(
    (entry): entry is [string, string | NamedFilter] => entry[1] != null,
  );
  const named = entries.filter((entry): entry is [string, NamedFilter] => isNamed(entry[1]));
  const withValues = (values: ReadonlyMap<string, string>) =>
    connectionOf(
      context,
      request,
      Object.fromEntries(
        entries.map(([name, value]) => [name, isNamed(value) ? values.get(name) : value]),
      ) as Partial<Record<FilterProperty<L>, string>>,
      args,
      info,
    );
  const asWritten = new Map(named.map(([name, filter]) => [name, filter.value]));
  if (named.length === 0) return withValues(asWritten);
  let tried: ConnectionModel<ModelOf<L>> | null = null;
  if (named.every(([, filter]) => SLUG_SHAPED.test(filter.value)) && selects(info, ['edges'])) {
    tried = withValues(asWritten);
    if ((await tried.edges()).length > 0) return tried;
  }
  const resolved = new Map(
    await Promise.all(
      named.map(
        async ([name, filter]) =>
          [
            name,
            (await namedNode(context, filter.labels, filter.argument, filter.value)).slug,
          ] as const,
      ),
    ),
  );
  const unchanged = named.every(([name]) => resolved.get(name) === asWritten.get(name));
  return tried !== null && unchanged ? tried : withValues(resolved);
}

function isNamed(value: string | NamedFilter): value is NamedFilter {
  return typeof value !== 'string';
}

function connectionOf<L extends NodeLabel>(
  context: RequestContext,
  request: ListRequest<L>,
  filter: Partial<Record<FilterProperty<L>, string>>,
  args: PageArgs,
  info: GraphQLResolveInfo,
): ConnectionModel<ModelOf<L>> {
  const ordering = `${request.label}.${request.sortBy}.${request.direction}`;
  const window = pageWindow(args, ordering);
  return toConnection({
    window,
    ordering,
    readPage: () => {
      const page = {
        label: request.label,
        sortBy: request.sortBy,
        direction: window.backwards ? reverse(request.direction) : request.direction,
        filter,
        from: window.from,
        limit: window.size,
        probe: true,
      };
      return readProjected(context.loaders.lookAhead.page(info, request.label), (projection) =>
        context.nodes.page(page, projection),
      );
    },
    keysetOf: (item) => ({ value: item.sortValue, slug: item.slug }),
    // A look-ahead answer stands in for the model: the schema reads its fields as they are.
    nodeOf: (item) => item.node as ModelOf<L>,
    totalCount: () => context.nodes.count(request.label, filter),
  });
}

function reverse(direction: 'ASC' | 'DESC'): 'ASC' | 'DESC' {
  return direction === 'ASC' ? 'DESC' : 'ASC';
}

/** The center and every node the links touch, each once, in the order the links touch them. */
export function linkedNodes(center: AnyNodeModel, edges: readonly EdgeModel[]): AnyNodeModel[] {
  const seen = new Set<string>();
  const nodes: AnyNodeModel[] = [];
  for (const node of [center, ...edges.flatMap((edge) => [edge.from, edge.to])]) {
    const key = `${node.label}:${node.slug}`;
    if (seen.has(key)) continue;
    seen.add(key);
    nodes.push(node);
  }
  return nodes;
}
