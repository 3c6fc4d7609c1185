import { useEffect, useState, useSyncExternalStore } from 'react';
import articleDataset from 'virtual:article-dataset';
import { chartBoxWidth, useChartBoxWidth } from '@/state/chart-box-width';
import { chartTurnsIdle } from '@/state/chart-turns';
import { useChartsLive } from '@/state/charts-live';
import { hydration } from '@/state/hydration';
import { onFirstInteraction } from '@/state/first-interaction';
import { nextViews, viewKey, type FilterButtons } from './next-views';
import type { ViewFilter } from '@/state/filter-state';
import type { ViewLook } from './render-chart-snapshots';
import {
  createSnapshotsAhead,
  type SnapshotsAhead,
  type ViewCharts,
  type WorkerLike,
} from './snapshots-ahead';
import { snapshotFileName, snapshotViewOf, STATIC_WIDTHS, type SnapshotSet } from './snapshot-file';
import { snapshotEntry } from './snapshot-store';
import type { SnapshotWorkerReply, SnapshotWorkerRequest } from './snapshot-worker-protocol';

function startWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker | null = null;
  try {
    const started = new Worker(new URL('./snapshot-worker.ts', import.meta.url), {
      type: 'module',
    });
    worker = started;
    const like: WorkerLike = {
      postMessage: (message: SnapshotWorkerRequest) => started.postMessage(message),
      onmessage: null,
      onerror: null,
      terminate: () => started.terminate(),
    };
    started.onmessage = (event: MessageEvent<SnapshotWorkerReply>) => like.onmessage?.(event);
    started.onerror = (event) => like.onerror?.(event);
    started.onmessageerror = (event) => like.onerror?.(event);
    like.postMessage({ kind: 'dataset', dataset: articleDataset });
    return like;
  } catch {
    worker?.terminate();
    return null;
  }
}

// Idle, and no chart starting or redrawing: a view drawn ahead must not slow one being shown.
// With a deadline: Chromium starts idle periods after frames, and a page that draws nothing
// may have none for seconds.
function whenIdle(run: () => void): void {
  const later = (next: () => void) => {
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(next, { timeout: 250 });
    } else window.setTimeout(next, 100);
  };
  const check = () => (chartTurnsIdle() ? run() : later(check));
  later(check);
}

// The benchmark's baseline (vite.config.ts) is the dashboard as first written: nothing ahead.
const AHEAD = import.meta.env.MODE !== 'baseline';

let store: SnapshotsAhead | null = null;

function snapshotsAhead(): SnapshotsAhead {
  store ??= createSnapshotsAhead({
    startWorker,
    whenIdle,
    // The ~25 views a click away, and those of the view before (~100 KB of SVG a view).
    capacity: 48,
    // A view takes ~30 ms here, ~0.3 s on a slow phone: ten seconds is a worker gone wrong.
    replyLimitMs: 10_000,
    setTimer: (run, ms) => window.setTimeout(run, ms),
    clearTimer: (id) => window.clearTimeout(id),
    // Said on the page, for tests and the benchmark: whether the views a click away are ready.
    onStatus: (status) => (document.documentElement.dataset.snapshotsAhead = status),
  });
  return store;
}

const subscribe = (listener: () => void) => snapshotsAhead().subscribe(listener);

/** Names a view in a set's look at a width: what a drawing of it depends on. */
export function aheadKey(set: SnapshotSet, width: number, view: ViewFilter): string {
  return `${snapshotFileName(set)}@${width}:${viewKey(view)}`;
}

/**
 * The view on screen as the worker drew it ahead of time, when it did (null otherwise). Only
 * for the article (`set`: the build's look, in the reader's language, theme and layout).
 * Subscribes to the store alone: the App re-renders when this view's drawing arrives, not
 * when the charts' width or the live charts' state changes (see ViewsAhead).
 */
export function useSnapshotsAhead(set: SnapshotSet | null, view: ViewFilter): ViewCharts | null {
  return useSyncExternalStore(
    subscribe,
    () => {
      const width = chartBoxWidth();
      return set && width > 0 ? snapshotsAhead().read(aheadKey(set, width, view)) : null;
    },
    () => null,
  );
}

/** Whether the build's file holds this view and is here, or on its way. */
function builtFileServes(set: SnapshotSet, width: number, view: ViewFilter): boolean {
  const built = snapshotViewOf(view);
  if (!built || Math.abs(width - STATIC_WIDTHS[set.layout]) > 1) return false;
  const status = snapshotEntry(set, built.part)?.status;
  return status === 'ready' || status === 'loading';
}

/** True from the reader's first touch of the page on. */
function useTouched(): boolean {
  const [touched, setTouched] = useState(false);
  useEffect(() => onFirstInteraction(() => setTouched(true)), []);
  return touched;
}

/**
 * Once a reader has touched the page and the live charts have started, asks for the views one
 * click away from `view` (and for `view` itself), so that whichever is clicked next shows at
 * once; views the build's files serve at this width are left to them. A page nobody touches
 * (a link opened to be read) never fetches the worker. Renders nothing: a leaf of its own, so
 * the width and the live charts' start re-render only it.
 */
export function ViewsAhead({
  set,
  view,
  buttons,
}: {
  set: SnapshotSet | null;
  view: ViewFilter;
  buttons: FilterButtons;
}): null {
  const width = useChartBoxWidth();
  const live = useChartsLive(false);
  const touched = useTouched();
  useEffect(() => {
    if (!AHEAD) return;
    // Another dataset: nothing of the article's is wanted any more.
    if (!set) return snapshotsAhead().prepare('', []);
    // `hydration.done` is not state: it turns true before the first touch is answered, and
    // `touched` (or the width, reported after hydration) re-runs this effect then.
    if (!live || !touched || width <= 0 || !hydration.done) return;
    const look: ViewLook = {
      locale: set.locale,
      theme: set.theme,
      compact: set.layout === 'compact',
      width,
    };
    const wanted = [view, ...nextViews(view, buttons)].filter(
      (v) => !builtFileServes(set, width, v),
    );
    snapshotsAhead().prepare(
      aheadKey(set, width, view),
      wanted.map((v) => ({ key: aheadKey(set, width, v), view: v, look })),
    );
  }, [set, live, touched, width, view, buttons]);
  return null;
}
