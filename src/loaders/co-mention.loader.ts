/**
 * Per-request loaders of the passages that mention two concepts, one per (scope, page size): the
 * evidence of every edge a concept map shows comes from one query.
 */
import type DataLoader from 'dataloader';
import type { PassageScope } from '../domain/analysis-models.js';
import type { PassageModel } from '../domain/models.js';
import type { AnalysisRepository, ConceptPair } from '../repositories/analysis.repository.js';
import type { BatchObserver } from './batch-observer.js';
import { loaderFamily } from './loader-family.js';

export type CoMentionLoaders = (
  scope: PassageScope,
  limit: number,
) => DataLoader<ConceptPair, PassageModel[], string>;

export function createCoMentionLoaders(
  analysis: AnalysisRepository,
  observe: BatchObserver,
  batching: boolean,
): CoMentionLoaders {
  const loader = loaderFamily('coMentions', observe, batching);
  return (scope, limit) =>
    loader(
      JSON.stringify([scope.document, scope.section, limit]),
      (pairs: readonly ConceptPair[]) => analysis.passagesMentioningBoth(scope, pairs, limit),
      (pair) => JSON.stringify([pair.source, pair.target]),
    );
}
