/** The loaders whose batches are observed, by name. */
export type LoaderName =
  'node' | 'neighbours' | 'relatedFindings' | 'bridgeFindings' | 'coMentions' | 'lookAhead';

/** Told the number of keys of each batch a loader sends to the database, by loader name. */
export type BatchObserver = (loader: LoaderName, keys: number) => void;
