/**
 * Per-request loaders of the passages that mention two concepts, one per (scope, page size): the
 * evidence of every edge a concept map shows comes from one query.
 */
import DataLoader from 'dataloader';
import type { PassageScope } from '../domain/analysis-models.js';
import type { PassageModel } from '../domain/models.js';
import type { AnalysisRepository, ConceptPair } from '../repositories/analysis.repository.js';
import type { BatchObserver } from './batch-observer.js';

export type CoMentionLoaders = (
  scope: PassageScope,
  limit: number,
) => DataLoader<ConceptPair, PassageModel[], string>;

export function createCoMentionLoaders(
  analysis: AnalysisRepository,
  observe: BatchObserver,
  batching: boolean,
): CoMentionLoaders {
  const loaders = new Map<string, DataLoader<ConceptPair, PassageModel[], string>>();
  return (scope, limit) => {
    const key = JSON.stringify([scope.document, scope.section, limit]);
    let loader = loaders.get(key);
    if (loader === undefined) {
      loader = new DataLoader(
        (pairs) => {
          observe('coMentions', pairs.length);
          return analysis.passagesMentioningBoth(scope, pairs, limit);
        },
        { batch: batching, cacheKeyFn: (pair) => JSON.stringify([pair.source, pair.target]) },
      );
      loaders.set(key, loader);
    }
    return loader;
  };
}
