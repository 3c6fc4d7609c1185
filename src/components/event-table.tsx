import { formatEventDate } from '@/charts/build-timeline-chart-option';
import type { TimelineEvent } from '@/data/schema';
import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';

export function EventTable({
  events,
  locale,
  caption,
}: {
  events: readonly TimelineEvent[];
  locale: Locale;
  caption: string;
}) {
  const t = STRINGS[locale];
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="chart-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-gray-300 dark:border-gray-600">
            <th scope="col" className="py-2 pr-3">
              {t.period}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t.figure}
            </th>
            <th scope="col" className="py-2">
              {t.quote}
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} className="border-b border-gray-100 align-top dark:border-gray-800">
              <td className="py-2 pr-3 whitespace-nowrap">{formatEventDate(e, locale)}</td>
              <th scope="row" className="py-2 pr-3 font-normal">
                {e.title[locale]}
              </th>
              <td className="py-2" lang="zh-CN">
                {e.quote}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
