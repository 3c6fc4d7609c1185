import type { Metric } from '@/data/schema';
import { buildBarChartOption } from './build-bar-chart-option';
import type { ChartContext } from './chart-context';
import type { ChartOption } from './echarts-option-type';

/** One case's breakdown: small counts of one kind, so a plain linear axis from zero. */
export function buildCaseChartOption(
  metrics: readonly Metric[],
  ctx: ChartContext,
  title: string,
): ChartOption {
  return buildBarChartOption(metrics, ctx, {
    title,
    scale: 'linear',
    colorOf: () => ctx.theme.categories.enforcement,
  });
}
