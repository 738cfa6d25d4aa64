import type { Neo4jGateway } from '../neo4j/gateway.js';
import { AnalysisRepository } from '../repositories/analysis.repository.js';
import { NameRepository } from '../repositories/name.repository.js';
import { NodeRepository } from '../repositories/node.repository.js';
import { RelationRepository } from '../repositories/relation.repository.js';
import { SearchRepository } from '../repositories/search.repository.js';
import { TraversalRepository } from '../repositories/traversal.repository.js';
import type { BatchObserver } from './batch-observer.js';
import { createBridgeFindingLoaders, type BridgeFindingLoaders } from './bridge-findings.loader.js';
import { createCoMentionLoaders, type CoMentionLoaders } from './co-mention.loader.js';
import { LookAheadRepository } from '../repositories/look-ahead.repository.js';
import { NO_LOOK_AHEAD, type LookAheadFactory, type LookAheadLoaders } from './look-ahead.js';
import { createNeighbourLoaders, type NeighbourLoaders } from './neighbour.loader.js';
import { createNodeLoaders, type NodeLoaders } from './node.loader.js';
import {
  createRelatedFindingLoaders,
  type RelatedFindingLoaders,
} from './related-findings.loader.js';

export type { BatchObserver } from './batch-observer.js';
export type { NeighbourLoaders } from './neighbour.loader.js';
export type { NodeLoaders } from './node.loader.js';

export interface Loaders {
  readonly node: NodeLoaders;
  readonly neighbours: NeighbourLoaders;
  readonly relatedFindings: RelatedFindingLoaders;
  /** What each side of a bridge states about the entities the two share. */
  readonly bridgeFindings: BridgeFindingLoaders;
  /** The passages that mention two concepts: a concept map's evidence for an edge. */
  readonly coMentions: CoMentionLoaders;
  /** Relation fields compiled with all they select (src/graphql/look-ahead/). */
  readonly lookAhead: LookAheadLoaders;
}

/** Repositories and loaders for one request; nothing cached here outlives it. */
export interface DataAccess {
  readonly nodes: NodeRepository;
  readonly names: NameRepository;
  readonly search: SearchRepository;
  readonly traversal: TraversalRepository;
  readonly analysis: AnalysisRepository;
  readonly loaders: Loaders;
}

/**
 * `observe` is told the size of every batch a loader sends (the metrics' batch sizes). `batching`
 * false sends one statement per key: only the side-by-side benchmark turns it off, to measure what
 * batching saves.
 */
export function createDataAccess(
  gateway: Neo4jGateway,
  observe: BatchObserver = () => undefined,
  batching = true,
  lookAhead: LookAheadFactory | null = null,
): DataAccess {
  const nodes = new NodeRepository(gateway);
  const relations = new RelationRepository(gateway);
  const analysis = new AnalysisRepository(gateway);
  return {
    nodes,
    names: new NameRepository(gateway),
    search: new SearchRepository(gateway),
    traversal: new TraversalRepository(gateway),
    analysis,
    loaders: {
      node: createNodeLoaders(nodes, observe, batching),
      neighbours: createNeighbourLoaders(relations, observe, batching),
      relatedFindings: createRelatedFindingLoaders(analysis, observe, batching),
      bridgeFindings: createBridgeFindingLoaders(analysis, observe, batching),
      coMentions: createCoMentionLoaders(analysis, observe, batching),
      lookAhead: lookAhead?.(new LookAheadRepository(gateway), observe, batching) ?? NO_LOOK_AHEAD,
    },
  };
}
