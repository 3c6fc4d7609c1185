import type { ValueScale } from '@/charts/build-bar-chart-option';
import { commonPeriodLabel } from '@/charts/describe';
import type { Metric } from '@/data/schema';
import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';

const VARIOUS = { zh: '时段见各项标注', en: 'periods as labelled' } as const;
const UNIT_NOTES: Record<ValueScale, Record<Locale, string>> = {
  diverging: { zh: '单位：同比%，0为不变', en: 'Unit: % change on a year earlier; 0 is no change' },
  log: { zh: '单位见各项数值', en: 'Units as labelled on each bar' },
  linear: { zh: '单位见各项数值', en: 'Units as labelled on each bar' },
};

/**
 * Period · unit · scale, and the at-least caveat when a row needs it: one line under the title.
 * `atLeast`: whether any row of the card (the table's too, when the chart draws fewer) is a
 * lower bound.
 */
export function chartSubtitle(
  metrics: readonly Metric[],
  scale: ValueScale,
  locale: Locale,
  atLeast = metrics.some((m) => m.qualifier === 'at-least'),
): string {
  const t = STRINGS[locale];
  const parts = [
    commonPeriodLabel(metrics, locale) ?? VARIOUS[locale],
    UNIT_NOTES[scale][locale],
    scale === 'log' ? t.logScale : null,
    atLeast ? t.atLeastNote : null,
  ];
  return parts.filter(Boolean).join(' · ');
}
