import type { Category } from '@/data/schema';
import { toggled, type ViewFilter, type YearFilter } from '@/state/filter-state';

/** The same view names the same key, whatever order its agencies and categories were chosen in. */
export function viewKey({ year, agencies, categories }: ViewFilter): string {
  return `${year}|${[...agencies].sort().join(',')}|${[...categories].sort().join(',')}`;
}

export interface FilterButtons {
  years: readonly number[];
  agencyIds: readonly string[];
  categories: readonly Category[];
}

/**
 * The views one click of the filter bar away from `view`, the likeliest first: another year,
 * a category pressed or released, all filters cleared, an agency (behind a disclosure) pressed
 * or released. Each once, and never `view` itself.
 */
export function nextViews(view: ViewFilter, buttons: FilterButtons): ViewFilter[] {
  const years: YearFilter[] = ['all', ...buttons.years];
  const candidates: ViewFilter[] = [
    ...years.filter((year) => year !== view.year).map((year) => ({ ...view, year })),
    ...buttons.categories.map((c) => ({ ...view, categories: toggled(view.categories, c) })),
    { year: 'all', agencies: [], categories: [] },
    ...buttons.agencyIds.map((a) => ({ ...view, agencies: toggled(view.agencies, a) })),
  ];
  const seen = new Set([viewKey(view)]);
  return candidates.filter((candidate) => {
    const key = viewKey(candidate);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
