import { startTransition, useEffect, useState } from 'react';
import { hydration } from './hydration';

/**
 * An outside value (a media query) that may differ from the prerendered page's. With
 * useSyncExternalStore, a value read after hydration that differs from the server's (a phone's
 * layout is not the prerendered desktop one) re-renders the whole app synchronously, in the
 * hydration's own task: the longest task of the page's start. Here the prerendered value is
 * used while hydrating, and the reader's follows in a transition (time-sliced), as do later
 * changes. `subscribe` and `read` must keep their identity while they read the same thing
 * (module functions or useCallback); a new `read` is read at once.
 */
export function useHydrationSafeStore<T>(
  subscribe: (onChange: () => void) => () => void,
  read: () => T,
  prerendered: T,
): T {
  const [state, setState] = useState(() => ({
    read,
    value: hydration.done ? read() : prerendered,
  }));
  useEffect(() => {
    const update = () => startTransition(() => setState({ read, value: read() }));
    update();
    return subscribe(update);
  }, [subscribe, read]);
  return state.read === read ? state.value : read();
}
