import { useState } from 'react';

/**
 * The same object for as long as `key` is the same: a value rebuilt on every render (a new
 * array from the URL) keeps its identity, so what is memoized on it is not recomputed.
 * (React's pattern for keeping information from previous renders.)
 */
export function useStableByKey<T>(value: T, key: string): T {
  const [kept, setKept] = useState({ key, value });
  if (kept.key !== key) {
    setKept({ key, value });
    return value;
  }
  return kept.value;
}
