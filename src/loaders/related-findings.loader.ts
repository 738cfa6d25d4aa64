/**
 * Per-request loaders of ranked related findings, one per (source kind, page size): the related
 * findings of every finding on a page come from one query.
 */
import type DataLoader from 'dataloader';
import type { RelatedFindingModel } from '../domain/analysis-models.js';
import type { AnalysisRepository, RelatedSource } from '../repositories/analysis.repository.js';
import type { BatchObserver } from './batch-observer.js';
import { loaderFamily } from './loader-family.js';

export type RelatedFindingLoaders = (
  source: RelatedSource,
  limit: number,
) => DataLoader<string, RelatedFindingModel[]>;

export function createRelatedFindingLoaders(
  analysis: AnalysisRepository,
  observe: BatchObserver,
  batching: boolean,
): RelatedFindingLoaders {
  const loader = loaderFamily('relatedFindings', observe, batching);
  return (source, limit) =>
    loader(`${source}:${limit}`, (slugs: readonly string[]) =>
      analysis.relatedFindings(source, slugs, limit),
    );
}
