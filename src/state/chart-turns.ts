import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { afterNextPaint } from './after-paint-queue';
import { createTurnQueue } from './turn-queue';

/**
 * Charts start one at a time. Creating a chart (building its option, ECharts' first layout and
 * SVG) is the heaviest thing the page does; six at once are one long task that freezes a
 * phone for a second. Each chart gets a turn of its own, in its own task after the previous
 * one has been painted; charts on screen go first, then the others in the page's order
 * (React runs effects, which ask for turns, in tree order).
 *
 * The same turns serve updates: after a filter change, charts on screen redraw at once and
 * those off screen wait for a turn, so the click is answered in the next frame and the rest
 * follow, each in a task of its own (see useChartUpdateTurn).
 */
type Box = RefObject<Element | null>;

// Which chart boxes are on screen, from an IntersectionObserver watching every chart box for
// its life: asking the layout directly (getBoundingClientRect) would force one while the page
// is busy. `reported` holds the boxes the observer has reported at least once.
const onScreen = new WeakSet<Element>();
const reported = new WeakSet<Element>();
const onReport = new WeakMap<Element, (visible: boolean) => void>();
let observer: IntersectionObserver | null = null;

const queue = createTurnQueue<Box>({
  preferred: (box) => box.current !== null && onScreen.has(box.current),
  afterPaint: afterNextPaint,
  nextTask: (run) => window.setTimeout(run, 0),
  setTimer: (run, ms) => window.setTimeout(run, ms),
  clearTimer: (id) => window.clearTimeout(id),
  // A turn that never reports back (an error ECharts throws asynchronously) must not stall
  // the others; a chart drawn late is better than none.
  limitMs: 2000,
});

/** No chart is starting or redrawing, nor waiting to. */
export function chartTurnsIdle(): boolean {
  return queue.idle();
}

function observe(box: Element): () => void {
  observer ??= new IntersectionObserver((entries) => {
    // Rendered at once: a click in the next task must see where the charts are now.
    flushSync(() => {
      for (const entry of entries) {
        reported.add(entry.target);
        if (entry.isIntersecting) onScreen.add(entry.target);
        else onScreen.delete(entry.target);
        onReport.get(entry.target)?.(entry.isIntersecting);
      }
    });
    queue.grantNext();
  });
  observer.observe(box);
  return () => observer?.unobserve(box);
}

/**
 * Keeps the chart's box observed while it is mounted. Returns whether it was on screen at the
 * observer's last report (true until the first): a re-render only when that flips.
 */
export function useBoxOnScreen(box: Box): boolean {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    onReport.set(element, setVisible);
    const unobserve = observe(element);
    return () => {
      onReport.delete(element);
      unobserve();
    };
  }, [box]);
  return visible;
}

/**
 * Asks for a turn while `wanted`. The grant comes with the observer's first report on the box
 * (so on-screen charts are known to go first), or, when it has reported, after the next paint:
 * the frame that answers a click is not delayed by a chart it does not show.
 */
function useTurnRequest(wanted: boolean, box: Box, grant: () => void): void {
  useEffect(() => {
    if (!wanted) return;
    queue.request(box, grant);
    const element = box.current;
    const known = element === null || typeof IntersectionObserver === 'undefined';
    let frame = 0;
    let timer = 0;
    if (known || reported.has(element)) {
      frame = requestAnimationFrame(() => {
        timer = window.setTimeout(queue.grantNext, 0);
      });
    }
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      queue.cancel(box);
    };
  }, [wanted, box, grant]);
}

/**
 * True once this chart may exist. `wanted` asks for a turn; the turn stays granted. Call the
 * returned `done` when the chart has drawn for the first time.
 */
export function useChartTurn(wanted: boolean, box: Box): { granted: boolean; done: () => void } {
  const [granted, setGranted] = useState(false);
  const [done] = useState(() => () => queue.finish(box));
  const [grant] = useState(() => () => setGranted(true));
  useTurnRequest(wanted && !granted, box, grant);
  // Unmounted during its turn (an error boundary took over): the next chart goes on.
  useEffect(() => () => queue.finish(box), [box]);
  return { granted, done };
}

/**
 * For a chart off screen whose view changed (`stale`): true once its update may run; the
 * chart then draws at once (not in the next frame). Call `done` once it is drawn: being off
 * screen, it needs no paint, and the next waiting chart gets its turn in the next task.
 */
export function useChartUpdateTurn(
  stale: boolean,
  box: Box,
): { granted: boolean; done: () => void } {
  const [granted, setGranted] = useState(false);
  const [grant] = useState(() => () => setGranted(true));
  const [done] = useState(() => () => {
    setGranted(false);
    queue.finish(box, 'next-task');
  });
  useTurnRequest(stale && !granted, box, grant);
  return { granted, done };
}
