/**
 * Relay cursor connections with keyset cursors. A cursor names the ordering it belongs to and the
 * position (sort value + slug) of its item, so pages stay stable while the graph grows and a cursor
 * from another ordering is rejected instead of silently misread.
 */
import { BadUserInputError } from '../domain/errors.js';
import { quoted } from '../domain/quoted.js';
import { integerArgument } from './arguments.js';
import type { Keyset, SortValue } from '../repositories/node.repository.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

/** What a repository needs to read one page: where to start, how many, in which direction. */
export interface PageWindow {
  readonly from: Keyset | null;
  /** Items requested; read one more to learn whether another page follows. */
  readonly size: number;
  /** True for last/before: read against the ordering, then reverse. */
  readonly backwards: boolean;
}

export interface PageInfoModel {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

export interface EdgeModel<M> {
  readonly cursor: string;
  readonly node: M;
}

/**
 * A connection whose parts are read only when a client selects them (graphql-js calls function
 * properties as resolvers): `{ totalCount }` alone never fetches a row, `{ edges }` alone never counts.
 */
export interface ConnectionModel<M> {
  readonly edges: () => Promise<readonly EdgeModel<M>[]>;
  readonly pageInfo: () => Promise<PageInfoModel>;
  readonly totalCount: () => Promise<number>;
}

/**
 * Validates paging arguments for an ordering named `ordering`.
 * @throws BadUserInputError for first and last together, sizes outside 0..100, after with last,
 *   before with first, or a cursor that is malformed or belongs to another ordering.
 */
export function pageWindow(args: PageArgs, ordering: string): PageWindow {
  const { first, after, last, before } = args;
  if (first != null && last != null) {
    throw new BadUserInputError('Pass either `first` or `last`, not both');
  }
  if (first != null && before != null) {
    throw new BadUserInputError('`before` pages backwards: pair it with `last`, not `first`');
  }
  if (last != null && after != null) {
    throw new BadUserInputError('`after` pages forwards: pair it with `first`, not `last`');
  }
  const backwards = last != null || before != null;
  const size = integerArgument(
    backwards ? 'last' : 'first',
    (backwards ? last : first) ?? DEFAULT_PAGE_SIZE,
    0,
    MAX_PAGE_SIZE,
  );
  const cursor = backwards ? before : after;
  return { from: cursor == null ? null : decodeCursor(cursor, ordering), size, backwards };
}

/**
 * Builds a lazy connection. `readPage` returns up to size + 1 items in reading order (the extra
 * one tells whether another page follows); it runs at most once, and only if edges or pageInfo
 * are selected.
 */
export function toConnection<T, M>(options: {
  readonly window: PageWindow;
  readonly ordering: string;
  readonly readPage: () => Promise<readonly T[]>;
  readonly keysetOf: (item: T) => Keyset;
  readonly nodeOf: (item: T) => M;
  readonly totalCount: () => Promise<number>;
}): ConnectionModel<M> {
  const { window } = options;
  let page: Promise<{ edges: EdgeModel<M>[]; hasMore: boolean }> | undefined;
  const loadPage = () => {
    page ??= options.readPage().then((items) => {
      const visible = items.slice(0, window.size);
      if (window.backwards) visible.reverse();
      const edges = visible.map(
        (item) => new Edge(options.ordering, options.keysetOf(item), options.nodeOf(item)),
      );
      return { edges, hasMore: items.length > window.size };
    });
    return page;
  };
  return {
    edges: async () => (await loadPage()).edges,
    pageInfo: async () => {
      const { edges, hasMore } = await loadPage();
      return {
        hasNextPage: window.backwards ? window.from !== null : hasMore,
        hasPreviousPage: window.backwards ? hasMore : window.from !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      };
    },
    totalCount: options.totalCount,
  };
}

/** An edge whose cursor is written when it is read: a page read by its nodes alone needs none. */
class Edge<M> implements EdgeModel<M> {
  constructor(
    private readonly ordering: string,
    private readonly keyset: Keyset,
    readonly node: M,
  ) {}

  get cursor(): string {
    return encodeCursor(this.ordering, this.keyset);
  }
}

export function encodeCursor(ordering: string, keyset: Keyset): string {
  return Buffer.from(JSON.stringify([ordering, keyset.value, keyset.slug]), 'utf8').toString(
    'base64url',
  );
}

/**
 * The ordering a cursor belongs to, for a list that is read in one of several orderings and must
 * go on in the one a cursor came from; null when it is no cursor this API issued (`pageWindow`
 * then says so).
 */
export function cursorOrdering(cursor: string): string | null {
  return parseCursor(cursor)?.[0] ?? null;
}

function decodeCursor(cursor: string, ordering: string): Keyset {
  const decoded = parseCursor(cursor);
  if (decoded === null) {
    throw new BadUserInputError(`Cursor ${quoted(cursor)} is not a cursor this API issued`);
  }
  if (decoded[0] !== ordering) {
    throw new BadUserInputError(
      `Cursor ${quoted(cursor)} belongs to ordering ${quoted(decoded[0])}, not ${ordering}; restart paging without it`,
    );
  }
  return { value: decoded[1], slug: decoded[2] };
}

function parseCursor(cursor: string): [string, SortValue, string] | null {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  return Array.isArray(decoded) &&
    decoded.length === 3 &&
    typeof decoded[0] === 'string' &&
    (typeof decoded[1] === 'string' || typeof decoded[1] === 'number') &&
    typeof decoded[2] === 'string'
    ? (decoded as [string, SortValue, string])
    : null;
}
