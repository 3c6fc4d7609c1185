import { useEffect, useSyncExternalStore } from 'react';
import { onFirstInteraction } from './first-interaction';

/**
 * Whether the interactive charts are wanted. Once true it stays true. It turns true when the
 * view differs from the prerendered one, or at the reader's first interaction with the page
 * (see startChartsOnInteraction).
 */
let live = false;
const listeners = new Set<() => void>();

let drawn = false;

/** A live chart has been drawn: the page is past its cold start (EChart says so). */
export function noteLiveChartDrawn(): void {
  drawn = true;
}

export function liveChartDrawn(): boolean {
  return drawn;
}

export function requestLiveCharts(): void {
  if (live) return;
  live = true;
  // Said on the page, for tests and the benchmark: when the live charts were asked for.
  document.documentElement.dataset.liveCharts = '';
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useChartsLive(required: boolean): boolean {
  const current = useSyncExternalStore(
    subscribe,
    () => live,
    () => false,
  );
  useEffect(() => {
    if (required) requestLiveCharts();
  }, [required]);
  return current || required;
}

/**
 * Creates the live charts at the first sign of a reader, even one made before the app was
 * ready. When the page is idle after load, only ECharts' code is fetched and evaluated
 * (`prefetch`): creating six charts is about a second of main-thread work on a slow phone,
 * which an untouched page should not pay, while the prerendered charts already show the
 * figures and open their quotes.
 */
export function startChartsOnInteraction(prefetch: () => void, idleDelayMs: number): void {
  const whenIdle = (run: () => void, timeout: number) => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout });
    else run();
  };
  // Once the touch has been answered: a year click shows its snapshots first (a view nothing
  // else can show asks for the live charts at once, see useChartsLive).
  onFirstInteraction(() => whenIdle(requestLiveCharts, 500));
  const idle = () => whenIdle(prefetch, 2000);
  const afterLoad = () => window.setTimeout(idle, idleDelayMs);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
