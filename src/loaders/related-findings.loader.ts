/**
 * Per-request loaders of ranked related findings, one per (source kind, page size): the related
 * findings of every finding on a page come from one query.
 */
import DataLoader from 'dataloader';
import type { RelatedFindingModel } from '../domain/analysis-models.js';
import type { AnalysisRepository, RelatedSource } from '../repositories/analysis.repository.js';
import type { BatchObserver } from './batch-observer.js';

export type RelatedFindingLoaders = (
  source: RelatedSource,
  limit: number,
) => DataLoader<string, RelatedFindingModel[]>;

export function createRelatedFindingLoaders(
  analysis: AnalysisRepository,
  observe: BatchObserver,
  batching: boolean,
): RelatedFindingLoaders {
  const loaders = new Map<string, DataLoader<string, RelatedFindingModel[]>>();
  return (source, limit) => {
    const key = `${source}:${limit}`;
    let loader = loaders.get(key);
    if (loader === undefined) {
      loader = new DataLoader(
        (slugs) => {
          observe('relatedFindings', slugs.length);
          return analysis.relatedFindings(source, slugs, limit);
        },
        { batch: batching },
      );
      loaders.set(key, loader);
    }
    return loader;
  };
}
