/**
 * One-at-a-time turns, the first waiting request that `preferred` picks going first, else the
 * oldest. A turn ends with `finish`, or after `limitMs` if it never reports back. The next
 * turn starts through `afterPaint`, so each runs in a task of its own after a frame; or, for a
 * turn that drew nothing on screen (`finish(item, 'next-task')`), through `nextTask`.
 */
export interface TurnQueueDeps<T> {
  preferred: (item: T) => boolean;
  afterPaint: (run: () => void) => void;
  nextTask: (run: () => void) => void;
  setTimer: (run: () => void, ms: number) => number;
  clearTimer: (id: number) => void;
  limitMs: number;
}

export interface TurnQueue<T> {
  request: (item: T, grant: () => void) => void;
  cancel: (item: T) => void;
  finish: (item: T, then?: 'after-paint' | 'next-task') => void;
  grantNext: () => void;
  /** No turn running or waiting. */
  idle: () => boolean;
}

export function createTurnQueue<T>(deps: TurnQueueDeps<T>): TurnQueue<T> {
  const waiting = new Map<T, () => void>();
  let current: { item: T } | null = null;
  let limitTimer = 0;

  function grantNext(): void {
    if (current || waiting.size === 0) return;
    const items = [...waiting.keys()];
    const item = items.find(deps.preferred) ?? (items[0] as T);
    const grant = waiting.get(item);
    waiting.delete(item);
    current = { item };
    limitTimer = deps.setTimer(() => finish(item), deps.limitMs);
    grant?.();
  }

  function finish(item: T, then: 'after-paint' | 'next-task' = 'after-paint'): void {
    if (!current || current.item !== item) return;
    deps.clearTimer(limitTimer);
    current = null;
    if (then === 'next-task') deps.nextTask(grantNext);
    else deps.afterPaint(grantNext);
  }

  return {
    request: (item, grant) => void waiting.set(item, grant),
    cancel: (item) => void waiting.delete(item),
    finish,
    grantNext,
    idle: () => current === null && waiting.size === 0,
  };
}
