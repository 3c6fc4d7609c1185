import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { ThemeName } from '@/charts/theme';
import { currentTheme, darkQuery, storeTheme } from './theme-choice';

function subscribe(onChange: () => void): () => void {
  const query = darkQuery();
  query.addEventListener('change', onChange);
  window.addEventListener('storage', onChange);
  window.addEventListener('themechange', onChange);
  return () => {
    query.removeEventListener('change', onChange);
    window.removeEventListener('storage', onChange);
    window.removeEventListener('themechange', onChange);
  };
}

/** Follows the system until the reader picks one; the pick is remembered on this device. */
export function useTheme() {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light' as const);
  useEffect(() => {
    // Writes only on change: each write restyles the whole page.
    const html = document.documentElement;
    if (html.classList.contains('dark') !== (theme === 'dark')) html.classList.toggle('dark');
  }, [theme]);
  const setTheme = useCallback((next: ThemeName) => {
    storeTheme(next);
    window.dispatchEvent(new Event('themechange'));
  }, []);
  return { theme, setTheme };
}
