import type { Agency, Metric } from '@/data/schema';
import { formatMetricValue } from '@/i18n/format-number';
import type { Locale } from '@/i18n/locale';
import { periodSpansBeyondYear } from '@/state/select-metrics';
import type { YearFilter } from '@/state/filter-state';

/** The period all rows share, for the subtitle; null when they differ. */
export function commonPeriodLabel(metrics: readonly Metric[], locale: Locale): string | null {
  const labels = new Set(metrics.map((m) => m.period.label[locale]));
  return labels.size === 1 ? ([...labels][0] ?? null) : null;
}

/**
 * A row names its period itself when rows differ, or when it reaches beyond the chosen year;
 * and its agency when another row has the same title (a file with the same figure for many
 * provinces), so that no two bars read alike.
 */
export function rowLabel(
  metric: Metric,
  metrics: readonly Metric[],
  locale: Locale,
  year: YearFilter,
  agencies: readonly Agency[] = [],
): string {
  const title = metric.title[locale];
  const lines = [title];
  const repeated = metrics.some((m) => m !== metric && m.title[locale] === title);
  const agency = repeated ? agencies.find((a) => a.id === metric.agencies[0]) : undefined;
  if (agency) lines.push(agency.name[locale]);
  const needsPeriod =
    commonPeriodLabel(metrics, locale) === null || periodSpansBeyondYear(metric.period, year);
  if (needsPeriod) lines.push(metric.period.label[locale]);
  return lines.join('\n');
}

/** Plain-text summary for screen readers (ECharts aria) and for the table caption. */
export function describeMetrics(title: string, metrics: readonly Metric[], locale: Locale): string {
  const separator = locale === 'zh' ? '；' : '; ';
  const items = metrics.map(
    (m) =>
      `${m.title[locale]}${locale === 'zh' ? '：' : ': '}${formatMetricValue(m, locale)} (${m.period.label[locale]})`,
  );
  return `${title}${locale === 'zh' ? '。' : '. '}${items.join(separator)}`;
}
