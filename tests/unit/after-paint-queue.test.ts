import { describe, expect, it } from 'vitest';
import { createAfterPaintQueue } from '@/state/after-paint-queue';

function setup() {
  const afterPaint: (() => void)[] = [];
  const queue = createAfterPaintQueue((run) => void afterPaint.push(run));
  const ran: string[] = [];
  const job = (name: string) => () => void ran.push(name);
  const paint = () => afterPaint.splice(0).forEach((run) => run());
  return { queue, ran, job, paint, pending: () => afterPaint.length };
}

describe('createAfterPaintQueue', () => {
  it('runs nothing before the paint, then every job queued meanwhile in one task, in order', () => {
    const { queue, ran, job, paint, pending } = setup();
    queue.add(job('a'));
    queue.add(job('b'));
    queue.add(job('c'));
    expect(ran).toEqual([]);
    expect(pending()).toBe(1);
    paint();
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('drops a cancelled job and keeps the others', () => {
    const { queue, ran, job, paint } = setup();
    queue.add(job('a'));
    const cancel = queue.add(job('b'));
    queue.add(job('c'));
    cancel();
    paint();
    expect(ran).toEqual(['a', 'c']);
  });

  it('waits for the next paint for a job queued after a batch has run', () => {
    const { queue, ran, job, paint, pending } = setup();
    queue.add(job('a'));
    paint();
    queue.add(job('b'));
    expect(ran).toEqual(['a']);
    expect(pending()).toBe(1);
    paint();
    expect(ran).toEqual(['a', 'b']);
  });

  it('runs a job queued by another job at the paint after', () => {
    const { queue, ran, job, paint } = setup();
    queue.add(() => {
      ran.push('a');
      queue.add(job('b'));
    });
    paint();
    expect(ran).toEqual(['a']);
    paint();
    expect(ran).toEqual(['a', 'b']);
  });

  it('cancelling a job that has run does nothing', () => {
    const { queue, ran, job, paint } = setup();
    const cancel = queue.add(job('a'));
    paint();
    cancel();
    queue.add(job('b'));
    paint();
    expect(ran).toEqual(['a', 'b']);
  });
});
