import type { Metric } from '@/data/schema';
import { buildBarChartOption } from './build-bar-chart-option';
import type { ChartContext } from './chart-context';
import type { ChartOption } from './echarts-option-type';

/** ¥70,000 to ¥39.63 billion is five orders of magnitude: log axis, exact labels on every bar. */
export function buildFundsChartOption(
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
