/**
 * Per-request loaders of nodes by slug, one per label: every `node(id)`, `essay(slug)` and
 * edge-to-node hop of a request that asks for the same label is answered by one query.
 */
import DataLoader from 'dataloader';
import type { NodeLabel } from '../domain/graph-model.js';
import type { AnyNodeModel } from '../domain/models.js';
import type { NodeRepository } from '../repositories/node.repository.js';
import type { BatchObserver } from './batch-observer.js';

export type NodeLoaders = (label: NodeLabel) => DataLoader<string, AnyNodeModel | null>;

export function createNodeLoaders(
  nodes: NodeRepository,
  observe: BatchObserver,
  batching: boolean,
): NodeLoaders {
  const loaders = new Map<NodeLabel, DataLoader<string, AnyNodeModel | null>>();
  return (label) => {
    let loader = loaders.get(label);
    if (loader === undefined) {
      loader = new DataLoader(
        (slugs) => {
          observe('node', slugs.length);
          return nodes.findBySlugs(label, slugs);
        },
        { batch: batching },
      );
      loaders.set(label, loader);
    }
    return loader;
  };
}
