/**
 * Per-request loaders of neighbours along one named relation: the authors of all essays on a page
 * are fetched by one query, whatever the number of essays.
 */
import DataLoader from 'dataloader';
import type { RelationName } from '../domain/graph-model.js';
import type { Neighbour, RelationRepository } from '../repositories/relation.repository.js';
import type { BatchObserver } from './batch-observer.js';

export type NeighbourLoaders = (relation: RelationName) => DataLoader<string, Neighbour[]>;

export function createNeighbourLoaders(
  relations: RelationRepository,
  observe: BatchObserver,
  batching: boolean,
): NeighbourLoaders {
  const loaders = new Map<RelationName, DataLoader<string, Neighbour[]>>();
  return (relation) => {
    let loader = loaders.get(relation);
    if (loader === undefined) {
      loader = new DataLoader(
        (slugs) => {
          observe('neighbours', slugs.length);
          return relations.neighbours(relation, slugs);
        },
        { batch: batching },
      );
      loaders.set(relation, loader);
    }
    return loader;
  };
}
