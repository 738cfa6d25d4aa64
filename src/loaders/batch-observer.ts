/** Told the number of keys of each batch a loader sends to the database, by loader name. */
export type BatchObserver = (
  loader: 'node' | 'neighbours' | 'relatedFindings' | 'bridgeFindings' | 'coMentions' | 'lookAhead',
  keys: number,
) => void;
