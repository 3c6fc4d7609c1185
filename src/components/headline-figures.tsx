import type { Metric } from '@/data/schema';
import { formatMetricValue } from '@/i18n/format-number';
import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';

interface HeadlineFiguresProps {
  metrics: Metric[];
  /** How many figures the view has in all (the headlines are a few of them). */
  figureCount: number;
  locale: Locale;
  onShowQuote: (metricId: string) => void;
}

/** Two figures may share a title (the year-on-year cases of 2023 and of 2024 so far). */
function titleWithPeriod(metric: Metric, locale: Locale): string {
  const period = metric.period.label[locale];
  return locale === 'zh'
    ? `${metric.title[locale]}（${period}）`
    : `${metric.title[locale]} (${period})`;
}

export function HeadlineFigures({
  metrics,
  figureCount,
  locale,
  onShowQuote,
}: HeadlineFiguresProps) {
  const t = STRINGS[locale];
  return (
    <section aria-labelledby="headlines-heading" data-testid="headlines">
      <h2 id="headlines-heading" className="mb-3 text-lg font-semibold">
        {t.headlines}
      </h2>
      {metrics.length === 0 ? (
        <p className="text-sm text-gray-600 dark:text-gray-300">
          {figureCount === 0 ? t.emptyTitle : t.noHeadlineInView(figureCount)}
        </p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {metrics.map((metric) => (
            <li
              key={metric.id}
              className="flex min-w-0 flex-col rounded-lg border border-gray-200 bg-white p-3 sm:p-4 dark:border-gray-700 dark:bg-gray-900"
              data-metric={metric.id}
            >
              <span className="text-sm text-gray-600 dark:text-gray-300">
                {metric.title[locale]}
              </span>
              <span
                className={`mt-1 text-xl font-bold break-words tabular-nums sm:text-2xl ${metric.value < 0 ? 'text-orange-700 dark:text-orange-400' : ''}`}
                data-testid="headline-value"
              >
                {formatMetricValue(metric, locale)}
              </span>
              <span className="mt-1 text-xs text-gray-600 dark:text-gray-300">
                {metric.period.label[locale]}
              </span>
              <button
                type="button"
                className="mt-auto min-h-11 self-start pt-2 text-sm font-medium text-blue-700 underline dark:text-blue-300"
                onClick={() => onShowQuote(metric.id)}
                aria-label={`${t.showQuote}: ${titleWithPeriod(metric, locale)}`}
              >
                {t.showQuote}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
