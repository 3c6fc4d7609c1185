import type { Metric, Qualifier } from '@/data/schema';
import { intlCache } from './intl-cache';
import type { Locale } from './locale';

const numberFormat = intlCache(
  (tag, options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(tag, options) as { format: (value: number) => string },
);

/**
 * zh: 万 and 亿 as the article writes them (44.13万, 396.3亿). en: digits in full below a
 * million (441,300), then words (12.63 million, 39.63 billion). Both from Intl's compact notation.
 */
export function formatPlainNumber(value: number, locale: Locale): string {
  const compact = locale === 'zh' ? Math.abs(value) >= 1e4 : Math.abs(value) >= 1e6;
  return compact
    ? numberFormat(locale, {
        notation: 'compact',
        compactDisplay: 'long',
        // Never round a reported figure: 44.13万 stays 44.13万, 12345 becomes 1.2345万.
        maximumSignificantDigits: 15,
      }).format(value)
    : numberFormat(locale, {
        maximumFractionDigits: 2,
        // Chinese writes 3778, not 3,778; 'min2' groups only from five digits on.
        useGrouping: locale === 'zh' ? 'min2' : 'auto',
      }).format(value);
}

/** A count of rows or figures, grouped as each language writes it (12345 / 12,345). */
export function formatCount(n: number, locale: Locale): string {
  return numberFormat(locale, { useGrouping: locale === 'zh' ? 'min2' : 'auto' }).format(n);
}

/** "2万余" in Chinese, "20,000+" in English: an at-least figure never reads as exact. */
export function withQualifier(text: string, qualifier: Qualifier, locale: Locale): string {
  if (qualifier === 'exact') return text;
  return locale === 'zh' ? `${text}余` : `${text}+`;
}

export function formatPercent(value: number, locale: Locale, signed: boolean): string {
  return numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 2,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value / 100);
}

/** The number alone, with its qualifier, for axis labels and bar labels. */
export function formatMetricNumber(metric: Metric, locale: Locale): string {
  if (metric.unit === 'percent')
    return formatPercent(metric.value, locale, metric.kind === 'yoy-change');
  const number = withQualifier(formatPlainNumber(metric.value, locale), metric.qualifier, locale);
  if (metric.unit === 'yuan') return locale === 'zh' ? `${number}元` : `¥${number}`;
  return number;
}

/** The figure as a sentence fragment: "2万余个号码", "20,000+ phone numbers", "¥39.63 billion". */
export function formatMetricValue(metric: Metric, locale: Locale): string {
  const number = formatMetricNumber(metric, locale);
  if (metric.unit === 'percent' || metric.unit === 'yuan') return number;
  return locale === 'zh' ? `${number}${metric.unitLabel.zh}` : `${number} ${metric.unitLabel.en}`;
}

/** Axis ticks: short, no unit, e.g. 1万 / 10K. */
export function formatAxisTick(value: number, locale: Locale): string {
  return numberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 }).format(value);
}
