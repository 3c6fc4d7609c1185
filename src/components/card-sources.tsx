import { useState } from 'react';
import type { TimelineEvent } from '@/data/schema';
import type { Locale } from '@/i18n/locale';
import { formatCount } from '@/i18n/format-number';
import { STRINGS } from '@/i18n/strings';
import type { MetricTableRow } from '@/state/table-rows';

/** Sentences listed here at most; a large file's others are in the table. */
const LISTED_SOURCES = 100;

interface CardSourcesProps {
  count: number;
  /** The card's rows, built when the list opens; null for the timeline (events). */
  rows: (() => MetricTableRow[]) | null;
  events: readonly TimelineEvent[];
  locale: Locale;
  onShowQuote: (metricId: string) => void;
}

/** The card's source action: every sentence behind the chart, each opening in its paragraph. */
export function CardSources({ count, rows, events, locale, onShowQuote }: CardSourcesProps) {
  const t = STRINGS[locale];
  // The list is built when opened: the first paint and hydration stay small.
  const [open, setOpen] = useState(false);
  if (count === 0) return null;
  const more = count - LISTED_SOURCES;
  return (
    <details
      className="text-sm"
      data-testid="card-sources"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-blue-700 dark:text-blue-300">
        {t.sourcesSummary(formatCount(count, locale))}
      </summary>
      {open && (
        <ul className="mt-1 flex flex-col gap-1">
          {rows
            ? rows()
                .slice(0, LISTED_SOURCES)
                .map((row) => (
                  <li key={row.id}>
                    <button
                      type="button"
                      className="min-h-11 text-left underline decoration-dotted"
                      onClick={() => onShowQuote(row.id)}
                    >
                      {row.figure}: <span lang="zh-CN">“{row.quote}”</span>
                    </button>
                  </li>
                ))
            : events.slice(0, LISTED_SOURCES).map((event) => (
                <li key={event.id} className="py-1">
                  {event.title[locale]}: <span lang="zh-CN">“{event.quote}”</span>
                </li>
              ))}
          {more > 0 && <li className="py-1">{t.moreSources(formatCount(more, locale))}</li>}
        </ul>
      )}
    </details>
  );
}
