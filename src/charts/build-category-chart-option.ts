import { CATEGORIES } from '@/data/vocabulary';
import type { Metric } from '@/data/schema';
import { CATEGORY_LABELS } from '@/i18n/strings';
import {
  barLayout,
  barValueLabel,
  buildBarChartOption,
  datumLabel,
} from './build-bar-chart-option';
import type { ChartContext } from './chart-context';
import type { ChartOption } from './echarts-option-type';

/** The legend wraps to three lines on a phone. */
export function legendHeight(ctx: Pick<ChartContext, 'compact'>): number {
  return ctx.compact ? 84 : 40;
}

/**
 * The article's own frame: three lines of defence, then enforcement and governance. One series
 * per category, overlapping in the same slot (barGap -100%), so the legend names the colours.
 */
export function buildCategoryChartOption(
  metrics: readonly Metric[],
  ctx: ChartContext,
  title: string,
): ChartOption {
  const { theme, locale } = ctx;
  const base = buildBarChartOption(metrics, ctx, {
    title,
    scale: 'log',
    colorOf: (m) => theme.categories[m.category],
  });
  const present = CATEGORIES.filter((c) => metrics.some((m) => m.category === c));
  return {
    ...base,
    grid: { ...(base.grid as object), top: legendHeight(ctx) },
    legend: {
      top: 0,
      left: 0,
      textStyle: { color: theme.text },
      data: present.map((c) => CATEGORY_LABELS[c][locale]),
    },
    series: present.map((category) => ({
      type: 'bar' as const,
      name: CATEGORY_LABELS[category][locale],
      barGap: '-100%',
      barMaxWidth: 24,
      cursor: 'pointer',
      itemStyle: { color: theme.categories[category] },
      label: {
        show: true,
        position: 'right' as const,
        color: theme.text,
        fontSize: barLayout(ctx).fontSize,
        formatter: datumLabel,
      },
      data: metrics.map((m) =>
        m.category === category
          ? { value: m.value, metricId: m.id, labelText: barValueLabel(m, ctx) }
          : '-',
      ),
    })),
  };
}
