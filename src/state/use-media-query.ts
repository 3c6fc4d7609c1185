import { useCallback } from 'react';
import { useHydrationSafeStore } from './use-hydration-safe-store';

// One list per query for the page's life.
const lists = new Map<string, MediaQueryList>();

export function listFor(query: string): MediaQueryList {
  let list = lists.get(query);
  if (!list) {
    list = window.matchMedia(query);
    lists.set(query, list);
  }
  return list;
}

/** Whether the query matches; false on the prerendered page (its layout is the desktop one). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = listFor(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  const read = useCallback(() => listFor(query).matches, [query]);
  return useHydrationSafeStore(subscribe, read, false);
}
