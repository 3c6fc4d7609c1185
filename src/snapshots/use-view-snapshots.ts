import { useEffect, useSyncExternalStore } from 'react';
import { loadSnapshots, snapshotEntry, subscribeSnapshots } from './snapshot-store';
import type { SnapshotSet, SnapshotViews } from './snapshot-file';

export interface ViewSnapshots {
  /** The set's views, once its file has arrived. */
  views: SnapshotViews | null;
  /** Its file is on its way (or about to be asked for): worth waiting for a moment. */
  pending: boolean;
}

/**
 * The views of a snapshot set (null while hydrating: the prerendered page was drawn without
 * them). A null set wants none.
 */
export function useViewSnapshots(set: SnapshotSet | null): ViewSnapshots {
  const entry = useSyncExternalStore(
    subscribeSnapshots,
    () => (set ? snapshotEntry(set) : undefined),
    () => undefined,
  );
  useEffect(() => {
    if (set) loadSnapshots(set);
  }, [set]);
  return {
    views: entry?.status === 'ready' ? entry.views : null,
    pending: set !== null && (entry === undefined || entry.status === 'loading'),
  };
}
