import { CATEGORIES } from '@/data/vocabulary';
import type { Category, Dataset } from '@/data/schema';
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locale';

export type YearFilter = number | 'all';

/** Everything a shared link restores. Lives in the URL, nowhere else. */
export interface FilterState {
  year: YearFilter;
  agencies: string[];
  categories: Category[];
  lang: Locale;
  /** The figure whose quote is open, if any. */
  figure: string | null;
}

/** What the figures and charts of a view depend on: the filters, not the language or quote. */
export type ViewFilter = Pick<FilterState, 'year' | 'agencies' | 'categories'>;

/** The list with `item` added, or removed when it is there: a filter button pressed or released. */
export function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export const DEFAULT_STATE: FilterState = {
  year: 'all',
  agencies: [],
  categories: [],
  lang: DEFAULT_LOCALE,
  figure: null,
};

/** What the URL may name: taken from the dataset, so another dataset brings its own. */
export interface StateVocabulary {
  years: number[];
  agencyIds: string[];
  categories: readonly Category[];
  figureIds: string[];
}

export function yearsOf(dataset: Dataset): number[] {
  const years = new Set<number>();
  for (const { period } of dataset.metrics) {
    // A period with no stated start belongs to no single year (see periodOverlapsYear).
    if (period.start === null) continue;
    const first = Number(period.start.slice(0, 4));
    const last = Number(period.end.slice(0, 4));
    for (let y = first; y <= last; y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

export function vocabularyOf(dataset: Dataset): StateVocabulary {
  const usedAgencies = new Set<string>();
  for (const m of dataset.metrics) for (const id of m.agencies) usedAgencies.add(id);
  return {
    years: yearsOf(dataset),
    agencyIds: dataset.agencies.map((a) => a.id).filter((id) => usedAgencies.has(id)),
    categories: CATEGORIES,
    figureIds: dataset.metrics.map((m) => m.id),
  };
}
