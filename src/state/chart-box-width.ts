import { useSyncExternalStore } from 'react';

/**
 * The width the page gives its charts (every chart card has the same), as the charts last
 * measured it: views drawn ahead of time are drawn at it (snapshots-ahead.ts).
 */
let width = 0;
const listeners = new Set<() => void>();

export function reportChartBoxWidth(next: number): void {
  if (next <= 0 || next === width) return;
  width = next;
  for (const listener of listeners) listener();
}

export function chartBoxWidth(): number {
  return width;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useChartBoxWidth(): number {
  return useSyncExternalStore(
    subscribe,
    () => width,
    () => 0,
  );
}
