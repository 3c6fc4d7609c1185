import type { Metric } from '@/data/schema';
import { buildBarChartOption } from './build-bar-chart-option';
import type { ChartContext } from './chart-context';
import type { ChartOption } from './echarts-option-type';

/** From thousands of events to hundreds of millions of texts: a log axis keeps all readable. */
export function buildInterceptChartOption(
  metrics: readonly Metric[],
  ctx: ChartContext,
  title: string,
): ChartOption {
  return buildBarChartOption(metrics, ctx, {
    title,
    scale: 'log',
    colorOf: (m) => ctx.theme.categories[m.category],
  });
}
