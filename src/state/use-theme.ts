import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { ThemeName } from '@/charts/theme';

const STORAGE_KEY = 'theme';
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

function readStored(): ThemeName | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === 'dark' || stored === 'light' ? stored : null;
  } catch {
    return null;
  }
}

function currentTheme(): ThemeName {
  return readStored() ?? (darkQuery().matches ? 'dark' : 'light');
}

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
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    window.dispatchEvent(new Event('themechange'));
  }, []);
  return { theme, setTheme };
}
