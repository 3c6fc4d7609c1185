import { useState, type ReactNode } from 'react';
import { formatCount } from '@/i18n/format-number';
import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';

/** Rows per page: a large file's table stays quick to draw and to scroll past. */
export const TABLE_PAGE_ROWS = 50;

export const ROW_CLASS = 'border-b border-gray-100 align-top dark:border-gray-800';

interface PagedTableProps<T> {
  caption: string;
  rows: readonly T[];
  locale: Locale;
  columns: { label: string; className: string }[];
  /** One <tr>, with its key. */
  renderRow: (row: T) => ReactNode;
}

/** A card's table: 50 rows a page, the pager above and below when there is more than one. */
export function PagedTable<T>({ caption, rows, locale, columns, renderRow }: PagedTableProps<T>) {
  const { shown, pager } = usePagedRows(rows, caption, locale);
  return (
    <div className="flex flex-col gap-2">
      {pager('top')}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="chart-table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-gray-300 dark:border-gray-600">
              {columns.map((column) => (
                <th key={column.label} scope="col" className={column.className}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{shown.map(renderRow)}</tbody>
        </table>
      </div>
      {pager('bottom')}
    </div>
  );
}

/**
 * The page of `rows` on screen, and its pager (nothing when all fit on one page). The page
 * belongs to these rows: other rows (a filter change) start at the first page.
 */
function usePagedRows<T>(
  rows: readonly T[],
  caption: string,
  locale: Locale,
): { shown: readonly T[]; pager: (where: 'top' | 'bottom') => ReactNode } {
  const t = STRINGS[locale];
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
  const pager = (where: 'top' | 'bottom') =>
    pageCount > 1 && (
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
  return { shown, pager };
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
