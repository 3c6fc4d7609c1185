import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';
import type { MetricTableRow } from '@/state/table-rows';

interface TableViewProps {
  caption: string;
  rows: MetricTableRow[];
  locale: Locale;
  onShowQuote: (metricId: string) => void;
}

/** The same rows as the chart, for screen readers, keyboard users and copying. */
export function TableView({ caption, rows, locale, onShowQuote }: TableViewProps) {
  const t = STRINGS[locale];
  return (
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
          {rows.map((row) => (
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
  );
}
