import type { ThemeName } from '@/charts/theme';

const STORAGE_KEY = 'theme';

let dark: MediaQueryList | null = null;
// One list for the page's life: the theme is read at every render of the app.
export const darkQuery = () => (dark ??= window.matchMedia('(prefers-color-scheme: dark)'));

function readStored(): ThemeName | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === 'dark' || stored === 'light' ? stored : null;
  } catch {
    return null;
  }
}

/** The reader's pick on this device, else the system's. */
export function currentTheme(): ThemeName {
  return readStored() ?? (darkQuery().matches ? 'dark' : 'light');
}

export function storeTheme(next: ThemeName): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}
