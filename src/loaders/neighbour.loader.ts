/**
 * Per-request loaders of neighbours along named relations: the authors of all essays on a page
 * are fetched by one query, whatever the number of essays; so is one page of each one's mentions.
 */
import type DataLoader from 'dataloader';
import type { RelationName } from '../domain/graph-model.js';
import type {
  Neighbour,
  NeighbourWindow,
  RelationRepository,
} from '../repositories/relation.repository.js';
import type { BatchObserver } from './batch-observer.js';
import { loaderFamily } from './loader-family.js';

export interface NeighbourLoaders {
  /** Every neighbour along one relation. */
  (relation: RelationName): DataLoader<string, Neighbour[]>;
  /** One window of the neighbours along the relations named, merged. */
  page(
    relations: readonly RelationName[],
    window: NeighbourWindow,
  ): DataLoader<string, Neighbour[]>;
  /** How many neighbours there are along the relations named, merged. */
  count(relations: readonly RelationName[]): DataLoader<string, number>;
}

export function createNeighbourLoaders(
  relations: RelationRepository,
  observe: BatchObserver,
  batching: boolean,
): NeighbourLoaders {
  const loader = loaderFamily('neighbours', observe, batching);
  return Object.assign(
    (relation: RelationName) =>
      loader(relation, (slugs: readonly string[]) => relations.neighbours(relation, slugs)),
    {
      page: (names: readonly RelationName[], window: NeighbourWindow) =>
        loader(`page ${names.join('+')} ${JSON.stringify(window)}`, (slugs: readonly string[]) =>
          relations.pages(names, slugs, window),
        ),
      count: (names: readonly RelationName[]) =>
        loader(`count ${names.join('+')}`, (slugs: readonly string[]) =>
          relations.counts(names, slugs),
        ),
    },
  );
}
