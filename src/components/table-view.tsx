import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';
import type { MetricTableRow } from '@/state/table-rows';
import { PagedTable, ROW_CLASS } from './table-pager';

interface TableViewProps {
  caption: string;
  rows: MetricTableRow[];
  locale: Locale;
  onShowQuote: (metricId: string) => void;
}

/** The same rows as the chart (all of them), for screen readers, keyboard users and copying. */
export function TableView({ caption, rows, locale, onShowQuote }: TableViewProps) {
  const t = STRINGS[locale];
  return (
    <PagedTable
      caption={caption}
      rows={rows}
      locale={locale}
      columns={[
        { label: t.figure, className: 'py-2 pr-3' },
        { label: t.value, className: 'py-2 pr-3 text-right' },
        { label: t.period, className: 'py-2 pr-3' },
        { label: t.agencies, className: 'py-2 pr-3' },
        { label: t.quote, className: 'py-2' },
      ]}
      renderRow={(row) => (
        <tr key={row.id} className={ROW_CLASS}>
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
      )}
    />
  );
}
