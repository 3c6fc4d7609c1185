import type { FilterState } from '@/state/filter-state';

const MAX_BASE = 120;

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

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
    .replace(/-+$/, '');
  if (base.length <= MAX_BASE) return `${base}.${extension}`;
  // Too many filters to spell out: keep the start and add a digest of the whole, so that
  // different views never share a file name.
  return `${base.slice(0, MAX_BASE - 9).replace(/-+$/, '')}-${fnv1a(base)}.${extension}`;
}
