import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { FilterState, StateVocabulary } from './filter-state';
import { parseUrlState, serializeUrlState, type ParsedUrlState } from './url-state';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const getSearch = () => window.location.search;

// The view the server renders: the default, in the page; the build renders others too, to
// format their strings (see format-seed.ts). Hydration reads it as well, so it stays the default.
let serverSearch = '';
const getServerSearch = () => serverSearch;

/** The build: render the view of this URL query (`?year=2023`) on the server. */
export function setServerSearch(search: string): void {
  serverSearch = search;
}

/**
 * The URL is the only store of filter state: every change is a history entry, so back and
 * forward step through views and a copied link restores this one.
 */
export function useUrlState(vocabulary: StateVocabulary) {
  const search = useSyncExternalStore(subscribe, getSearch, getServerSearch);
  const parsed: ParsedUrlState = useMemo(
    () => parseUrlState(search, vocabulary),
    [search, vocabulary],
  );

  const update = useCallback(
    (patch: Partial<FilterState>, mode: 'push' | 'replace' = 'push') => {
      const current = parseUrlState(window.location.search, vocabulary).state;
      const next = serializeUrlState({ ...current, ...patch });
      const url = `${window.location.pathname}${next}${window.location.hash}`;
      if (next === window.location.search) return;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      window.dispatchEvent(new PopStateEvent('popstate'));
    },
    [vocabulary],
  );

  return { state: parsed.state, notes: parsed.notes, update };
}
