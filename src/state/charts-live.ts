import { useEffect, useSyncExternalStore } from 'react';

/**
 * Whether the interactive charts are wanted. Once true it stays true. It turns true when the
 * view differs from the prerendered one, at the reader's first interaction with the page,
 * or when the browser is idle after load (see startChartsWhenIdle).
 */
let live = false;
const listeners = new Set<() => void>();

export function requestLiveCharts(): void {
  if (live) return;
  live = true;
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

const INTERACTIONS = ['pointerdown', 'keydown', 'touchstart', 'focusin', 'mouseover'] as const;

/** Starts ECharts at the first sign of a reader, or after load once the main thread is idle. */
export function startChartsOnInteractionOrIdle(idleDelayMs: number): void {
  const start = () => {
    for (const type of INTERACTIONS) window.removeEventListener(type, start, true);
    requestLiveCharts();
  };
  for (const type of INTERACTIONS) {
    window.addEventListener(type, start, { capture: true, passive: true, once: true });
  }
  const idle = () => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 2000 });
    else start();
  };
  const afterLoad = () => window.setTimeout(idle, idleDelayMs);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
