import { describe, expect, it } from 'vitest';
import type { ChartSnapshot } from '@/snapshots/snapshot-file';
import {
  createSnapshotsAhead,
  type AheadRequest,
  type AheadStatus,
  type WorkerLike,
} from '@/snapshots/snapshots-ahead';
import type {
  SnapshotWorkerReply,
  SnapshotWorkerRequest,
} from '@/snapshots/snapshot-worker-protocol';

const look = { locale: 'zh', theme: 'light', compact: false, width: 574 } as const;
const request = (key: string): AheadRequest => ({
  key,
  view: { year: 'all', agencies: [key], categories: [] },
  look,
});
const snapshotOf = (key: string): ChartSnapshot => ({
  svg: `<svg>${key}</svg>`,
  width: 574,
  height: 300,
  title: key,
  marks: [],
});

function setup({ capacity = 10, workers = 1, throwOnPost = false } = {}) {
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const idle: (() => void)[] = [];
  const asked: string[] = [];
  const statuses: AheadStatus[] = [];
  let started = 0;
  let terminated = false;
  let worker: WorkerLike | null = null;
  const store = createSnapshotsAhead({
    startWorker: () => {
      if (started >= workers) return null;
      started += 1;
      worker = {
        postMessage: (message: SnapshotWorkerRequest) => {
          if (throwOnPost) throw new Error('cannot post');
          if (message.kind === 'render') asked.push(message.key);
        },
        onmessage: null,
        onerror: null,
        terminate: () => void (terminated = true),
      };
      return worker;
    },
    whenIdle: (run) => void idle.push(run),
    capacity,
    replyLimitMs: 10_000,
    setTimer: (run) => {
      timers.set(nextTimer, run);
      return nextTimer++;
    },
    clearTimer: (id) => void timers.delete(id),
    onStatus: (status) => void statuses.push(status),
  });
  const runIdle = () => idle.splice(0).forEach((run) => run());
  const reply = (message: SnapshotWorkerReply) => worker?.onmessage?.({ data: message });
  const answer = (key: string) => reply({ key, charts: { yoy: snapshotOf(key) } });
  /** Idle time, then the worker answers what it was asked, until nothing is left. */
  const drain = () => {
    for (let i = 0; i < 100 && idle.length > 0; i++) {
      runIdle();
      const last = asked.at(-1);
      if (last) answer(last);
    }
  };
  const crash = () => worker?.onerror?.(new Error('worker failed'));
  const expireTimers = () => [...timers.values()].forEach((run) => run());
  return {
    store,
    asked,
    statuses,
    runIdle,
    reply,
    answer,
    drain,
    crash,
    expireTimers,
    timers,
    started: () => started,
    terminated: () => terminated,
  };
}

describe('createSnapshotsAhead', () => {
  it('asks for one view at a time, only when idle, and keeps what arrives', () => {
    const { store, asked, runIdle, answer } = setup();
    store.prepare('a', [request('a'), request('b')]);
    expect(asked).toEqual([]);
    runIdle();
    expect(asked).toEqual(['a']);
    runIdle();
    expect(asked).toEqual(['a']);
    answer('a');
    expect(store.read('a')?.['yoy']?.title).toBe('a');
    expect(store.read('b')).toBeNull();
    runIdle();
    expect(asked).toEqual(['a', 'b']);
  });

  it('tells its subscribers when a view arrives', () => {
    const { store, runIdle, answer } = setup();
    let calls = 0;
    const unsubscribe = store.subscribe(() => (calls += 1));
    store.prepare('a', [request('a')]);
    runIdle();
    answer('a');
    expect(calls).toBe(1);
    unsubscribe();
  });

  it('drops views no longer wanted, and never asks again for one it has', () => {
    const { store, asked, runIdle, answer, drain } = setup();
    store.prepare('a', [request('a'), request('b'), request('c')]);
    runIdle();
    answer('a');
    // The reader clicked: other views are wanted now.
    store.prepare('d', [request('d'), request('a'), request('e')]);
    drain();
    expect(asked).toEqual(['a', 'd', 'e']);
  });

  it('does not ask twice for the view it is drawing', () => {
    const { store, asked, runIdle, answer, drain } = setup();
    store.prepare('a', [request('a'), request('b')]);
    runIdle();
    store.prepare('b', [request('b'), request('a')]);
    answer('a');
    drain();
    expect(asked).toEqual(['a', 'b']);
  });

  it('ignores an answer to a view it did not ask for', () => {
    const { store, runIdle, answer } = setup();
    store.prepare('a', [request('a')]);
    runIdle();
    answer('x');
    expect(store.read('x')).toBeNull();
  });

  it('keeps a view the worker could not draw out of the store, and goes on', () => {
    const { store, asked, runIdle, reply, answer } = setup();
    store.prepare('a', [request('a'), request('b')]);
    runIdle();
    reply({ key: 'a', error: 'boom' });
    expect(store.read('a')).toBeNull();
    runIdle();
    answer('b');
    expect(asked).toEqual(['a', 'b']);
    expect(store.read('b')).not.toBeNull();
  });

  it('keeps at most its capacity besides the view on screen, the least recently wanted going first', () => {
    const { store, drain } = setup({ capacity: 2 });
    store.prepare('a', [request('a'), request('b'), request('c')]);
    drain();
    // 'a' stays: it is on screen. 'b' is wanted again, so 'c' is the oldest, then 'b'.
    store.prepare('a', [request('a'), request('b'), request('d'), request('e')]);
    drain();
    expect(store.read('c')).toBeNull();
    expect(store.read('b')).toBeNull();
    for (const key of ['a', 'd', 'e']) expect(store.read(key), key).not.toBeNull();
  });

  it('gives up on a worker that fails, and says so', () => {
    const { store, asked, runIdle, crash, statuses, started, terminated } = setup();
    store.prepare('a', [request('a'), request('b')]);
    runIdle();
    // Its script could not load, say.
    crash();
    expect(terminated()).toBe(true);
    expect(statuses.at(-1)).toBe('off');
    store.prepare('c', [request('c')]);
    runIdle();
    expect(asked).toEqual(['a']);
    expect(started()).toBe(1);
  });

  it('lets a worker go that does not answer in time', () => {
    const { store, asked, runIdle, expireTimers, statuses, terminated } = setup();
    store.prepare('a', [request('a'), request('b')]);
    runIdle();
    expireTimers();
    expect(terminated()).toBe(true);
    expect(statuses.at(-1)).toBe('off');
    runIdle();
    expect(asked).toEqual(['a']);
  });

  it('waits for no timer once the worker has answered', () => {
    const { store, runIdle, answer, timers } = setup();
    store.prepare('a', [request('a')]);
    runIdle();
    expect(timers.size).toBe(1);
    answer('a');
    expect(timers.size).toBe(0);
  });

  it('gives up where the worker cannot even be asked', () => {
    const { store, runIdle, statuses, terminated } = setup({ throwOnPost: true });
    store.prepare('a', [request('a')]);
    runIdle();
    expect(terminated()).toBe(true);
    expect(statuses.at(-1)).toBe('off');
  });

  it('does not ask again for a view the worker could not draw', () => {
    const { store, asked, runIdle, reply, drain } = setup();
    store.prepare('a', [request('a')]);
    runIdle();
    reply({ key: 'a', error: 'boom' });
    store.prepare('b', [request('b'), request('a')]);
    drain();
    expect(asked).toEqual(['a', 'b']);
  });

  it('says when everything asked for is drawn', () => {
    const { store, statuses, drain } = setup();
    store.prepare('a', [request('a'), request('b')]);
    expect(statuses).toEqual(['drawing']);
    drain();
    expect(statuses).toEqual(['drawing', 'done']);
    store.prepare('a', [request('a'), request('b')]);
    expect(statuses).toEqual(['drawing', 'done']);
  });

  it('draws nothing, and says so, where no worker can start', () => {
    const { store, asked, runIdle, statuses } = setup({ workers: 0 });
    store.prepare('a', [request('a'), request('b')]);
    runIdle();
    expect(asked).toEqual([]);
    expect(statuses.at(-1)).toBe('off');
    store.prepare('c', [request('c')]);
    runIdle();
    expect(asked).toEqual([]);
  });
});
