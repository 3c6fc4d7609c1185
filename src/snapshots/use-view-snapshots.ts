import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { hydration } from '@/state/hydration';
import { loadSnapshots, snapshotEntry, subscribeSnapshots } from './snapshot-store';
import type { SnapshotPart, SnapshotSet, SnapshotViews } from './snapshot-file';

export interface ViewSnapshots {
  /** The set's views, once its file has arrived. */
  views: SnapshotViews | null;
  /** Its file is on its way (or about to be asked for): worth waiting for a moment. */
  pending: boolean;
}

// Constant objects: a store read that has not changed must return the same value.
const PENDING: ViewSnapshots = { views: null, pending: true };
const NONE: ViewSnapshots = { views: null, pending: false };
const READY = new WeakMap<SnapshotViews, ViewSnapshots>();

function readyValue(views: SnapshotViews): ViewSnapshots {
  let value = READY.get(views);
  if (!value) {
    value = { views, pending: false };
    READY.set(views, value);
  }
  return value;
}

/**
 * The views of a snapshot set's file, once it has arrived and been read (see snapshot-store.ts:
 * for the prerendered view, at the reader's first touch). A null set wants none.
 */
export function useViewSnapshots(set: SnapshotSet | null, part: SnapshotPart): ViewSnapshots {
  const read = useCallback((): ViewSnapshots => {
    if (!set) return NONE;
    const entry = snapshotEntry(set, part);
    if (entry?.status === 'ready') return readyValue(entry.views);
    if (entry?.status === 'missing') return NONE;
    // The years' file not asked for yet is about to be (boot.ts). The filters' file is asked
    // for by the first view that wants it, which does not wait: ECharts starts as well.
    return part === 'filters' && entry === undefined ? NONE : PENDING;
  }, [set, part]);
  useEffect(() => {
    // The boot script has asked for the reader's set; while hydrating, the set named here is
    // the prerendered page's (desktop, say, on a phone), not one to fetch.
    if (set && hydration.done) loadSnapshots(set, part);
  }, [set, part]);
  return useSyncExternalStore(subscribeSnapshots, read, () => (set ? PENDING : NONE));
}
