import { formatEventDate } from '@/charts/build-timeline-chart-option';
import type { TimelineEvent } from '@/data/schema';
import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';
import { PagedTable, ROW_CLASS } from './table-pager';

/** The timeline's events (all of them) as a table. */
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
    <PagedTable
      caption={caption}
      rows={events}
      locale={locale}
      columns={[
        { label: t.period, className: 'py-2 pr-3' },
        { label: t.figure, className: 'py-2 pr-3' },
        { label: t.quote, className: 'py-2' },
      ]}
      renderRow={(e) => (
        <tr key={e.id} className={ROW_CLASS}>
          <td className="py-2 pr-3 whitespace-nowrap">{formatEventDate(e, locale)}</td>
          <th scope="row" className="py-2 pr-3 font-normal">
            {e.title[locale]}
          </th>
          <td className="py-2" lang="zh-CN">
            {e.quote}
          </td>
        </tr>
      )}
    />
  );
}
