import { useEffect, useState, type RefObject } from 'react';
import { createTurnQueue } from './turn-queue';

/**
 * Charts start one at a time. Creating a chart (building its option, ECharts' first layout and
 * SVG) is the heaviest thing the page does; six at once are one long task that freezes a
 * phone for a second. Each chart gets a turn of its own, in its own task after the previous
 * one has been painted; charts on screen go first, then the others in the page's order
 * (React runs effects, which ask for turns, in tree order).
 */
type Box = RefObject<Element | null>;

// Which chart boxes are on screen, from an IntersectionObserver: asking the layout directly
// (getBoundingClientRect) would force one while the page is busy.
const onScreen = new WeakSet<Element>();
let observer: IntersectionObserver | null = null;

const queue = createTurnQueue<Box>({
  preferred: (box) => box.current !== null && onScreen.has(box.current),
  afterPaint: (run) => requestAnimationFrame(() => window.setTimeout(run, 0)),
  setTimer: (run, ms) => window.setTimeout(run, ms),
  clearTimer: (id) => window.clearTimeout(id),
  // A turn that never reports back (an error ECharts throws asynchronously) must not stall
  // the others; a chart drawn late is better than none.
  limitMs: 2000,
});

/** Watches a waiting chart's box; its first report (or the next task, without one) grants. */
function watch(box: Element | null): () => void {
  if (!box || typeof IntersectionObserver === 'undefined') {
    const timer = window.setTimeout(queue.grantNext, 0);
    return () => window.clearTimeout(timer);
  }
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) onScreen.add(entry.target);
      else onScreen.delete(entry.target);
    }
    queue.grantNext();
  });
  observer.observe(box);
  return () => observer?.unobserve(box);
}

/**
 * True once this chart may exist. `wanted` asks for a turn; the turn stays granted. Call the
 * returned `done` when the chart has drawn for the first time.
 */
export function useChartTurn(wanted: boolean, box: Box): { granted: boolean; done: () => void } {
  const [granted, setGranted] = useState(false);
  const [done] = useState(() => () => queue.finish(box));
  useEffect(() => {
    if (!wanted || granted) return;
    queue.request(box, () => setGranted(true));
    const unwatch = watch(box.current);
    return () => {
      unwatch();
      queue.cancel(box);
    };
  }, [wanted, granted, box]);
  // Unmounted during its turn (an error boundary took over): the next chart goes on.
  useEffect(() => () => queue.finish(box), [box]);
  return { granted, done };
}
