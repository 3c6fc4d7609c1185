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
  return (
    <div className="flex flex-col gap-2">
      {pageCount > 1 && (
        <nav className="flex flex-wrap items-center gap-2 text-sm" aria-label={caption}>
          <button
            type="button"
            className="min-h-11 rounded-md border border-gray-300 px-3 disabled:opacity-50 dark:border-gray-600"
            disabled={page === 0}
            onClick={() => goTo(page - 1)}
          >
            {t.previousRows}
          </button>
          <span aria-live="polite" data-testid="table-range">
            {t.tableRange(
              formatCount(first + 1, locale),
              formatCount(first + shown.length, locale),
              formatCount(rows.length, locale),
            )}
          </span>
          <button
            type="button"
            className="min-h-11 rounded-md border border-gray-300 px-3 disabled:opacity-50 dark:border-gray-600"
            disabled={page >= pageCount - 1}
            onClick={() => goTo(page + 1)}
          >
            {t.nextRows}
          </button>
        </nav>
      )}
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
    </div>
  );
}
