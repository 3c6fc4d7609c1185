import type { FilterState } from '@/state/filter-state';

/** e.g. hubei-antifraud-yoy-2023-hubei-comms-en.png: the filters travel with the file. */
export function exportFileName(
  slug: string,
  state: Pick<FilterState, 'year' | 'agencies' | 'categories' | 'lang'>,
  extension: string,
): string {
  const parts = ['hubei-antifraud', slug];
  if (state.year !== 'all') parts.push(String(state.year));
  if (state.agencies.length > 0) parts.push(...[...state.agencies].sort());
  if (state.categories.length > 0) parts.push(...[...state.categories].sort());
  if (state.lang !== 'zh') parts.push(state.lang);
  const base = parts
    .join('-')
    .replace(/[^a-z0-9-]+/gi, '-')
    .slice(0, 150);
  return `${base}.${extension}`;
}
