import type { Agency, Metric, TimelineEvent } from '@/data/schema';
import { formatMetricValue } from '@/i18n/format-number';
import type { Locale } from '@/i18n/locale';
import { CATEGORY_LABELS, STRINGS } from '@/i18n/strings';

/** One row of a chart's table view and of its CSV: the same cells in both. */
export interface MetricTableRow {
  id: string;
  figure: string;
  value: string;
  rawValue: number;
  qualifier: Metric['qualifier'];
  unit: Metric['unit'];
  period: string;
  periodStart: string;
  periodEnd: string;
  agencies: string;
  category: string;
  quote: string;
}

export function agencyNames(
  ids: readonly string[],
  agencies: readonly Agency[],
  locale: Locale,
): string {
  const names = ids.map((id) => agencies.find((a) => a.id === id)?.name[locale] ?? id);
  return names.length > 0 ? names.join(locale === 'zh' ? '、' : '; ') : STRINGS[locale].noAgency;
}

export function metricTableRows(
  metrics: readonly Metric[],
  agencies: readonly Agency[],
  locale: Locale,
): MetricTableRow[] {
  return metrics.map((m) => ({
    id: m.id,
    figure: m.title[locale],
    value: formatMetricValue(m, locale),
    rawValue: m.value,
    qualifier: m.qualifier,
    unit: m.unit,
    period: m.period.label[locale],
    periodStart: m.period.start ?? '',
    periodEnd: m.period.end,
    agencies: agencyNames(m.agencies, agencies, locale),
    category: CATEGORY_LABELS[m.category][locale],
    quote: m.quote,
  }));
}

/** CSV keeps both the reader's text and the machine's number, with the qualifier explicit. */
export function metricCsvTable(rows: readonly MetricTableRow[]) {
  const header = [
    'id',
    'figure',
    'value_as_shown',
    'value',
    'qualifier',
    'unit',
    'period',
    'period_start',
    'period_end',
    'agencies',
    'category',
    'quote',
  ];
  const body = rows.map((r) => [
    r.id,
    r.figure,
    r.value,
    r.rawValue,
    r.qualifier,
    r.unit,
    r.period,
    r.periodStart,
    r.periodEnd,
    r.agencies,
    r.category,
    r.quote,
  ]);
  return { header, body };
}

export function eventCsvTable(events: readonly TimelineEvent[], locale: Locale) {
  return {
    header: ['id', 'date', 'precision', 'event', 'quote'],
    body: events.map((e) => [e.id, e.date, e.precision, e.title[locale], e.quote]),
  };
}
