import { useState } from 'react';
import { formatCount } from '@/i18n/format-number';
import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';
import type { MetricTableRow } from '@/state/table-rows';

/** Rows per page: a large file's table stays quick to draw and to scroll past. */
export const TABLE_PAGE_ROWS = 50;

interface TableViewProps {
  caption: string;
  rows: MetricTableRow[];
  locale: Locale;
  onShowQuote: (metricId: string) => void;
}

/** The same rows as the chart (all of them), for screen readers, keyboard users and copying. */
export function TableView({ caption, rows, locale, onShowQuote }: TableViewProps) {
  const t = STRINGS[locale];
  // The page belongs to these rows: other rows (a filter change) start at the first page.
  const [paging, setPaging] = useState({ rows, page: 0 });
  const page = paging.rows === rows ? paging.page : 0;
  const pageCount = Math.ceil(rows.length / TABLE_PAGE_ROWS);
  const first = page * TABLE_PAGE_ROWS;
  const shown = rows.slice(first, first + TABLE_PAGE_ROWS);
  const goTo = (next: number) => setPaging({ rows, page: next });
  const range = t.tableRange(
    formatCount(first + 1, locale),
    formatCount(first + shown.length, locale),
    formatCount(rows.length, locale),
  );
  const pager = (where: 'top' | 'bottom') => (
    <TablePager
      label={t.tablePages(caption)}
      range={range}
      previous={page > 0 ? () => goTo(page - 1) : null}
      next={page < pageCount - 1 ? () => goTo(page + 1) : null}
      locale={locale}
      // One live region and one test handle: the pager above the table.
      announce={where === 'top'}
    />
  );
  return (
    <div className="flex flex-col gap-2">
      {pageCount > 1 && pager('top')}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="chart-table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-gray-300 dark:border-gray-600">
              <th scope="col" className="py-2 pr-3">
                {t.figure}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t.value}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t.period}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t.agencies}
              </th>
              <th scope="col" className="py-2">
                {t.quote}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id} className="border-b border-gray-100 align-top dark:border-gray-800">
                <th scope="row" className="py-2 pr-3 font-normal">
                  {row.figure}
                </th>
                <td className="py-2 pr-3 text-right tabular-nums">{row.value}</td>
                <td className="py-2 pr-3">{row.period}</td>
                <td className="py-2 pr-3">{row.agencies}</td>
                <td className="py-2">
                  <button
                    type="button"
                    className="min-h-11 text-left text-blue-700 underline dark:text-blue-300"
                    onClick={() => onShowQuote(row.id)}
                  >
                    {row.quote}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pageCount > 1 && pager('bottom')}
    </div>
  );
}

const PAGER_BUTTON =
  'min-h-11 rounded-md border border-gray-300 px-3 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 dark:border-gray-600';

interface TablePagerProps {
  label: string;
  range: string;
  /** null on the first page (and `next` on the last): the button stays, disabled. */
  previous: (() => void) | null;
  next: (() => void) | null;
  locale: Locale;
  announce: boolean;
}

/**
 * Previous / Next with the rows shown between. aria-disabled rather than disabled: a button
 * that becomes unusable under the keyboard keeps its focus.
 */
function TablePager({ label, range, previous, next, locale, announce }: TablePagerProps) {
  const t = STRINGS[locale];
  return (
    <nav className="flex flex-wrap items-center gap-2 text-sm" aria-label={label}>
      <button
        type="button"
        className={PAGER_BUTTON}
        aria-disabled={previous === null}
        onClick={() => previous?.()}
      >
        {t.previousRows}
      </button>
      <span
        aria-live={announce ? 'polite' : undefined}
        data-testid={announce ? 'table-range' : undefined}
      >
        {range}
      </span>
      <button
        type="button"
        className={PAGER_BUTTON}
        aria-disabled={next === null}
        onClick={() => next?.()}
      >
        {t.nextRows}
      </button>
    </nav>
  );
}
