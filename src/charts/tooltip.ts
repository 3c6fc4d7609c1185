import type { Metric } from '@/data/schema';
import { formatMetricValue } from '@/i18n/format-number';
import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';
import { escapeHtml } from './escape-html';

/** Tooltip HTML for one figure. Every data string is escaped: titles may come from a user's file. */
export function metricTooltipHtml(metric: Metric, locale: Locale): string {
  const t = STRINGS[locale];
  const esc = escapeHtml;
  return [
    `<strong>${esc(metric.title[locale])}</strong>`,
    esc(formatMetricValue(metric, locale)),
    `${esc(t.period)}: ${esc(metric.period.label[locale])}`,
    `<span style="opacity:.75">${esc(t.showQuote)} ↵</span>`,
  ].join('<br/>');
}
