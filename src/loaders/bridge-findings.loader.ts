/**
 * Per-request loaders of what one side of a bridge states about the entities both sides share, one
 * per (entity kind, side, page size): the findings of every shared concept on a page come from one
 * query.
 */
import type DataLoader from 'dataloader';
import type { SharedLabel } from '../domain/analysis-models.js';
import type { FindingModel } from '../domain/models.js';
import type { AnalysisRepository } from '../repositories/analysis.repository.js';
import type { NodeRef } from '../repositories/traversal.repository.js';
import type { BatchObserver } from './batch-observer.js';
import { loaderFamily } from './loader-family.js';

export type BridgeFindingLoaders = (
  label: SharedLabel,
  side: NodeRef,
  limit: number,
) => DataLoader<string, FindingModel[]>;

export function createBridgeFindingLoaders(
  analysis: AnalysisRepository,
  observe: BatchObserver,
  batching: boolean,
): BridgeFindingLoaders {
  const loader = loaderFamily('bridgeFindings', observe, batching);
  return (label, side, limit) =>
    loader(`${label}:${side.label}:${side.slug}:${limit}`, (entities: readonly string[]) =>
      analysis.findingsStatedAbout(label, side, entities, limit),
    );
}
