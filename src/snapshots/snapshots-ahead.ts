import type { ViewFilter } from '@/state/filter-state';
import type { ViewLook } from './render-chart-snapshots';
import type { ChartSnapshot } from './snapshot-file';
import type { SnapshotWorkerReply, SnapshotWorkerRequest } from './snapshot-worker-protocol';

/** A view's charts: chart id → its snapshot (no entry: an empty chart). */
export type ViewCharts = Record<string, ChartSnapshot>;

export interface AheadRequest {
  /** Names the view and its look (language, theme, layout, width): see use-snapshots-ahead. */
  key: string;
  view: ViewFilter;
  look: ViewLook;
}

/** What the store needs of a Worker (a fake in unit tests). */
export interface WorkerLike {
  postMessage(message: SnapshotWorkerRequest): void;
  onmessage: ((event: { data: SnapshotWorkerReply }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

export interface SnapshotsAheadDeps {
  /** The worker, with the dataset already sent; null where none can start. */
  startWorker: () => WorkerLike | null;
  /** Runs `run` when the page has nothing better to do (the next view is asked for then). */
  whenIdle: (run: () => void) => void;
  /** At most this many views are kept (besides the one on screen). */
  capacity: number;
  /** A worker that has not answered a view in this long is taken for hung, and let go. */
  replyLimitMs: number;
  setTimer: (run: () => void, ms: number) => number;
  clearTimer: (id: number) => void;
  /** Said when the work changes: views asked for and not drawn yet, all drawn, no worker. */
  onStatus?: (status: AheadStatus) => void;
}

export type AheadStatus = 'drawing' | 'done' | 'off';

export interface SnapshotsAhead {
  /**
   * The views wanted now, in order, replacing those asked for before: the view on screen
   * (`current`, kept from eviction) first, then the views a click away.
   */
  prepare(current: string, requests: readonly AheadRequest[]): void;
  read(key: string): ViewCharts | null;
  subscribe(listener: () => void): () => void;
}

/**
 * Views drawn ahead of the click that will show them: one view at a time, asked of a worker
 * when the page is idle, so a filter change to a view the build did not draw (a year with an
 * agency, two categories, …) is still answered in its first frame by images, while ECharts
 * catches up. A worker that fails is not asked again; its views are drawn by ECharts, as
 * before.
 */
export function createSnapshotsAhead(deps: SnapshotsAheadDeps): SnapshotsAhead {
  // Least recently wanted first (a Map keeps insertion order).
  const cache = new Map<string, ViewCharts>();
  const listeners = new Set<() => void>();
  let queue: AheadRequest[] = [];
  let pinned: string | null = null;
  let busy: string | null = null;
  let replyTimer = 0;
  // Views the worker could not draw: not asked for again.
  const failed = new Set<string>();
  // undefined: not started yet; null: none can run.
  let worker: WorkerLike | null | undefined;
  let scheduled = false;

  let status: AheadStatus | null = null;
  function report(): void {
    const now = worker === null ? 'off' : busy !== null || queue.length > 0 ? 'drawing' : 'done';
    if (now === status) return;
    status = now;
    deps.onStatus?.(now);
  }

  function schedule(): void {
    report();
    if (scheduled || busy !== null || queue.length === 0 || worker === null) return;
    scheduled = true;
    deps.whenIdle(() => {
      scheduled = false;
      next();
    });
  }

  function next(): void {
    if (busy !== null) return;
    const request = queue.shift();
    if (!request) return;
    if (worker === undefined) worker = start();
    if (worker === null) return report();
    busy = request.key;
    replyTimer = deps.setTimer(fail, deps.replyLimitMs);
    try {
      worker.postMessage({ kind: 'render', ...request });
    } catch {
      fail();
    }
  }

  function start(): WorkerLike | null {
    const started = deps.startWorker();
    if (!started) return fail();
    started.onmessage = ({ data }) => receive(data);
    started.onerror = () => fail();
    return started;
  }

  function fail(): null {
    deps.clearTimer(replyTimer);
    worker?.terminate();
    worker = null;
    busy = null;
    queue = [];
    report();
    return null;
  }

  function receive(reply: SnapshotWorkerReply): void {
    if (reply.key !== busy) return;
    busy = null;
    deps.clearTimer(replyTimer);
    // A view the worker could not draw is drawn by ECharts when shown.
    if ('error' in reply) failed.add(reply.key);
    else {
      cache.set(reply.key, reply.charts);
      evict();
      for (const listener of listeners) listener();
    }
    schedule();
  }

  function evict(): void {
    for (const key of cache.keys()) {
      if (cache.size <= deps.capacity + 1) return;
      if (key === pinned) continue;
      cache.delete(key);
    }
  }

  return {
    prepare(current, requests) {
      pinned = current;
      queue = [];
      for (const request of requests) {
        const charts = cache.get(request.key);
        if (charts) {
          // Wanted again: the last to go.
          cache.delete(request.key);
          cache.set(request.key, charts);
        } else if (request.key !== busy && !failed.has(request.key)) queue.push(request);
      }
      schedule();
    },
    read: (key) => cache.get(key) ?? null,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
