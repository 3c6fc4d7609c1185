/** Runs `run` in a task of its own once the next frame has been painted. */
export function afterNextPaint(run: () => void): void {
  requestAnimationFrame(() => window.setTimeout(run, 0));
}

export interface AfterPaintQueue {
  /** Queues a job; returns a cancel. */
  add: (job: () => void) => () => void;
}

/**
 * Work the frame being answered does not show (snapshots below the fold), done once that frame
 * has been painted, all of it in one task. Not a task each: each would have the page restyled,
 * laid out and painted again before the next, and idle work come in between (measured on a
 * slow phone, CPU 4x: five snapshot images in 300 ms one by one, 150 ms together).
 */
export function createAfterPaintQueue(afterPaint: (run: () => void) => void): AfterPaintQueue {
  const jobs = new Set<() => void>();
  let scheduled = false;

  function runAll(): void {
    scheduled = false;
    const due = [...jobs];
    jobs.clear();
    for (const job of due) job();
  }

  return {
    add(job) {
      jobs.add(job);
      if (!scheduled) {
        scheduled = true;
        afterPaint(runAll);
      }
      return () => void jobs.delete(job);
    },
  };
}
