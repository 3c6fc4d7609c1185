import { CATEGORIES } from '@/data/vocabulary';
import type { Agency, Category } from '@/data/schema';
import type { Locale } from '@/i18n/locale';
import { CATEGORY_LABELS, STRINGS } from '@/i18n/strings';
import { toggled, type FilterState, type YearFilter } from '@/state/filter-state';

interface FilterBarProps {
  state: FilterState;
  years: number[];
  agencies: Agency[];
  onChange: (patch: Partial<FilterState>) => void;
}

const chip =
  'inline-flex min-h-11 items-center rounded-full border px-3 text-sm ' +
  'border-gray-300 bg-white hover:border-blue-600 aria-pressed:border-blue-700 aria-pressed:bg-blue-700 aria-pressed:text-white ' +
  'dark:border-gray-600 dark:bg-gray-900 dark:aria-pressed:border-blue-400 dark:aria-pressed:bg-blue-400 dark:aria-pressed:text-gray-950';

export function FilterBar({ state, years, agencies, onChange }: FilterBarProps) {
  const locale: Locale = state.lang;
  const t = STRINGS[locale];
  const yearOptions: YearFilter[] = ['all', ...years];
  const hasFilters =
    state.year !== 'all' || state.agencies.length > 0 || state.categories.length > 0;
  return (
    <section aria-label={t.filters} className="flex flex-col gap-3" data-testid="filters">
      <fieldset className="flex flex-wrap items-center gap-2" data-single-choice>
        <legend className="mb-1 text-sm font-semibold">{t.year}</legend>
        {yearOptions.map((year) => (
          <button
            key={year}
            type="button"
            className={chip}
            aria-pressed={state.year === year}
            onClick={() => onChange({ year })}
            data-year={year}
          >
            {year === 'all' ? t.allYears : locale === 'zh' ? `${year}年` : year}
          </button>
        ))}
      </fieldset>
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="mb-1 text-sm font-semibold">{t.category}</legend>
        {CATEGORIES.map((category: Category) => (
          <button
            key={category}
            type="button"
            className={chip}
            aria-pressed={state.categories.includes(category)}
            onClick={() => onChange({ categories: toggled(state.categories, category) })}
            data-category={category}
          >
            {CATEGORY_LABELS[category][locale]}
          </button>
        ))}
      </fieldset>
      <details className="group">
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-semibold">
          {t.agency}
          {state.agencies.length > 0 ? ` (${state.agencies.length})` : ` · ${t.allAgencies}`}
        </summary>
        <fieldset className="mt-2 flex flex-wrap gap-2">
          <legend className="sr-only">{t.agency}</legend>
          {agencies.map((agency) => (
            <button
              key={agency.id}
              type="button"
              className={chip}
              aria-pressed={state.agencies.includes(agency.id)}
              onClick={() => onChange({ agencies: toggled(state.agencies, agency.id) })}
              data-agency={agency.id}
            >
              {agency.name[locale]}
            </button>
          ))}
        </fieldset>
      </details>
      {hasFilters && (
        <div>
          <button
            type="button"
            className="min-h-11 text-sm font-medium text-blue-700 underline dark:text-blue-300"
            onClick={() => onChange({ year: 'all', agencies: [], categories: [] })}
          >
            {t.clearFilters}
          </button>
        </div>
      )}
      <p className="text-xs text-gray-600 dark:text-gray-300">{t.yearRule}</p>
    </section>
  );
}
