/**
 * Loaders of one name made per key on first use, for loads that depend on more than the keys
 * batched (a page size, a scope, a side of a bridge): one loader, and one statement per batch,
 * for each.
 */
import DataLoader from 'dataloader';
import type { BatchObserver, LoaderName } from './batch-observer.js';

export type LoaderFamily = <K, V, C = K>(
  key: string,
  load: (keys: readonly K[]) => Promise<V[]>,
  cacheKeyFn?: (key: K) => C,
) => DataLoader<K, V, C>;

export function loaderFamily(
  name: LoaderName,
  observe: BatchObserver,
  batching: boolean,
): LoaderFamily {
  const loaders = new Map<string, unknown>();
  return <K, V, C = K>(
    key: string,
    load: (keys: readonly K[]) => Promise<V[]>,
    cacheKeyFn?: (key: K) => C,
  ) => {
    let found = loaders.get(key) as DataLoader<K, V, C> | undefined;
    if (found === undefined) {
      found = new DataLoader<K, V, C>(
        (keys) => {
          observe(name, keys.length);
          return load(keys);
        },
        { batch: batching, ...(cacheKeyFn ? { cacheKeyFn } : {}) },
      );
      loaders.set(key, found);
    }
    return found;
  };
}
