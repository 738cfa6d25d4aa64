/**
 * Look-ahead's part of a request's loaders: what src/graphql/look-ahead/ compiles, loaded in
 * batches. The loaders are made there (they compile GraphQL); this says what they answer.
 */
import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { NodeLabel } from '../domain/graph-model.js';
import type { LookAheadRepository } from '../repositories/look-ahead.repository.js';
import type { NodeProjection } from '../repositories/node.repository.js';
import type { BatchObserver } from './batch-observer.js';

export interface LookAheadLoaders {
  /** What the nodes on a page of the root connection `info` resolves select; null: whole nodes. */
  page(info: GraphQLResolveInfo, label: NodeLabel): NodeProjection | null;
  /**
   * What the hits of the search `info` resolves select of the nodes they found, each one of
   * `labels`; null: whole nodes.
   */
  searchHits(info: GraphQLResolveInfo, labels: readonly NodeLabel[]): NodeProjection | null;
  /**
   * What the answer of the mutation `info` resolves selects of the node of `label` in its field
   * `field`, as a projection of the node `f`; null: whole nodes.
   */
  payloadNode(info: GraphQLResolveInfo, field: string, label: NodeLabel): NodeProjection | null;
  /** Answers the relation field `info` resolves, by parent slug; null when it needs its resolver. */
  field(info: GraphQLResolveInfo): DataLoader<string, unknown> | null;
  /** Answers the root lookup `info` resolves, by slug; null when it needs its resolver. */
  lookup(info: GraphQLResolveInfo, label: NodeLabel): DataLoader<string, unknown> | null;
}

/** Makes a request's look-ahead loaders. */
export type LookAheadFactory = (
  repository: LookAheadRepository,
  observe: BatchObserver,
  batching: boolean,
) => LookAheadLoaders;

/** Look-ahead that compiles nothing: every field is answered by its resolver. */
export const NO_LOOK_AHEAD: LookAheadLoaders = {
  page: () => null,
  searchHits: () => null,
  payloadNode: () => null,
  field: () => null,
  lookup: () => null,
};
