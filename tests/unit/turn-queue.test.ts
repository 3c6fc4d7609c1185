import { describe, expect, it } from 'vitest';
import { createTurnQueue } from '@/state/turn-queue';

function setup(preferred: (item: string) => boolean = () => false) {
  const granted: string[] = [];
  const afterPaint: (() => void)[] = [];
  const nextTask: (() => void)[] = [];
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const queue = createTurnQueue<string>({
    preferred,
    afterPaint: (run) => void afterPaint.push(run),
    nextTask: (run) => void nextTask.push(run),
    setTimer: (run) => {
      timers.set(nextTimer, run);
      return nextTimer++;
    },
    clearTimer: (id) => void timers.delete(id),
    limitMs: 2000,
  });
  const request = (item: string) => queue.request(item, () => granted.push(item));
  const paint = () => afterPaint.splice(0).forEach((run) => run());
  const task = () => nextTask.splice(0).forEach((run) => run());
  const expireTimers = () => [...timers.values()].forEach((run) => run());
  return { queue, granted, request, paint, task, expireTimers };
}

describe('createTurnQueue', () => {
  it('after a turn that drew off screen, grants the next in the next task, not after a paint', () => {
    const { queue, granted, request, paint, task } = setup();
    request('a');
    request('b');
    queue.grantNext();
    queue.finish('a', 'next-task');
    paint();
    expect(granted).toEqual(['a']);
    task();
    expect(granted).toEqual(['a', 'b']);
  });

  it('is idle only with no turn running and none waiting', () => {
    const { queue, request, paint } = setup();
    expect(queue.idle()).toBe(true);
    request('a');
    expect(queue.idle()).toBe(false);
    queue.grantNext();
    expect(queue.idle()).toBe(false);
    queue.finish('a');
    paint();
    expect(queue.idle()).toBe(true);
    request('b');
    queue.cancel('b');
    expect(queue.idle()).toBe(true);
  });

  it('grants one turn at a time, the next only after the previous finished and a paint', () => {
    const { queue, granted, request, paint } = setup();
    request('a');
    request('b');
    queue.grantNext();
    queue.grantNext();
    expect(granted).toEqual(['a']);
    queue.finish('a');
    expect(granted).toEqual(['a']);
    paint();
    expect(granted).toEqual(['a', 'b']);
  });

  it('serves preferred (on screen) requests first, then the oldest', () => {
    const { queue, granted, request, paint } = setup((item) => item === 'c');
    request('a');
    request('b');
    request('c');
    queue.grantNext();
    queue.finish('c');
    paint();
    queue.finish('a');
    paint();
    expect(granted).toEqual(['c', 'a', 'b']);
  });

  it('ends a turn that never reports back after its time limit', () => {
    const { queue, granted, request, paint, expireTimers } = setup();
    request('a');
    request('b');
    queue.grantNext();
    expireTimers();
    paint();
    expect(granted).toEqual(['a', 'b']);
  });

  it('ignores a finish from anything but the current turn, and forgets cancelled requests', () => {
    const { queue, granted, request, paint } = setup();
    request('a');
    request('b');
    request('c');
    queue.grantNext();
    queue.finish('b');
    paint();
    expect(granted).toEqual(['a']);
    queue.cancel('b');
    queue.finish('a');
    paint();
    expect(granted).toEqual(['a', 'c']);
  });
});
