import type { Metric } from '@/data/schema';
import { formatPercent } from '@/i18n/format-number';
import { buildBarChartOption } from './build-bar-chart-option';
import type { ChartContext } from './chart-context';
import type { ChartOption } from './echarts-option-type';

/**
 * Diverging bars around a zero line: increases to the right in blue, decreases to the left
 * in orange, and every label carries its sign, so colour is never the only cue.
 */
export function buildYoyChartOption(
  metrics: readonly Metric[],
  ctx: ChartContext,
  title: string,
): ChartOption {
  const { theme, locale } = ctx;
  return buildBarChartOption(metrics, ctx, {
    title,
    scale: 'diverging',
    colorOf: (m) => (m.value < 0 ? theme.decrease : theme.increase),
    formatTick: (v) => formatPercent(v, locale, true),
  });
}
