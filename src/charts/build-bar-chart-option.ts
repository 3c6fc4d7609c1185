import type { Metric } from '@/data/schema';
import { formatAxisTick, formatMetricNumber, formatMetricValue } from '@/i18n/format-number';
import type { ChartContext, MetricDatum } from './chart-context';
import { describeMetrics, rowLabel } from './describe';
import type { ChartOption } from './echarts-option-type';
import { breakLines } from './break-lines';
import { textWidth } from './text-width';
import { FONT_FAMILY } from './theme';
import { metricTooltipHtml } from './tooltip';

/** `diverging`: a linear axis symmetric around a drawn zero line, for signed changes. */
export type ValueScale = 'log' | 'linear' | 'diverging';

export interface BarChartSpec {
  title: string;
  scale: ValueScale;
  colorOf: (metric: Metric) => string;
  /** Axis tick text; compact numbers unless a chart needs e.g. percentages. */
  formatTick?: (value: number) => string;
}

function valueAxisRange(values: readonly number[], scale: ValueScale) {
  if (scale === 'log') return { type: 'log' as const, logBase: 10, min: logAxisMin(values) };
  if (scale === 'linear') return { type: 'value' as const, min: 0 };
  const extent = Math.max(10, ...values.map(Math.abs));
  const bound = Math.ceil((extent * 1.15) / 10) * 10;
  return { type: 'value' as const, min: -bound, max: bound };
}

/** A log axis starts at the power of ten below the smallest bar, so every bar is visible. */
export function logAxisMin(values: readonly number[]): number {
  const smallest = Math.min(...values.filter((v) => v > 0));
  return Number.isFinite(smallest) ? 10 ** Math.floor(Math.log10(smallest)) : 1;
}

export function datumLabel(params: unknown): string {
  return (params as { data?: MetricDatum }).data?.labelText ?? '';
}

/** Room for row labels and for the value label right of the longest bar. */
export function barLayout(ctx: ChartContext) {
  return ctx.compact ? { labelWidth: 104, fontSize: 11 } : { labelWidth: 200, fontSize: 12 };
}

/** On a phone the unit words go (the row title names the thing counted); qualifiers stay. */
export function barValueLabel(metric: Metric, ctx: ChartContext): string {
  return ctx.compact
    ? formatMetricNumber(metric, ctx.locale)
    : formatMetricValue(metric, ctx.locale);
}

/** Space right of the plot for the longest value label, so "300 million+ messages" is not cut. */
export function valueLabelRoom(labels: readonly string[], fontSize: number): number {
  return Math.ceil(Math.max(40, ...labels.map((l) => textWidth(l, fontSize))) + 12);
}

/**
 * Room left of the plot for the row labels: each line is at most `labelWidth` wide (longer
 * ones wrap). From the same estimate ECharts lays text out with (text-width.ts), so ECharts
 * need not lay the axis out twice to fit it, and every drawing has the same geometry.
 */
export function rowLabelRoom(labels: readonly string[], ctx: ChartContext): number {
  const { labelWidth, fontSize } = barLayout(ctx);
  let room = 0;
  for (const label of labels) {
    for (const line of label.split('\n')) {
      room = Math.max(room, Math.min(labelWidth, textWidth(line, fontSize)));
    }
  }
  return Math.ceil(room);
}

/** A row's label as drawn: broken into lines of the label width (break-lines.ts). */
export function brokenRowLabel(label: string, ctx: ChartContext): string {
  const { labelWidth, fontSize } = barLayout(ctx);
  return breakLines(label, labelWidth, fontSize).join('\n');
}

/** Space between the row labels and the axis line (ECharts' axisLabel.margin default). */
const ROW_LABEL_MARGIN = 8;

/** Rows are as tall as their wrapped labels, so long English titles never overlap. */
export function rowHeightFor(rows: readonly Metric[], ctx: ChartContext): number {
  const { labelWidth, fontSize } = barLayout(ctx);
  const lineCount = (m: Metric) =>
    breakLines(rowLabel(m, rows, ctx.locale, ctx.year, ctx.agencies), labelWidth, fontSize).length;
  const lines = Math.max(1, ...rows.map(lineCount));
  return Math.max(36, lines * (fontSize + 4) + 14);
}

export function chartHeightFor(rowCount: number, rowHeight = 44): number {
  return Math.max(160, rowCount * rowHeight + 56);
}

/**
 * The chart's own element holds its tooltip. Given a container, ECharts skips the
 * getComputedStyle it otherwise does on every update, a forced style recalculation per chart
 * and filter change. (The element is positioned: see live-echart.tsx.)
 */
const tooltipContainer = (chartDom: HTMLElement): HTMLElement => chartDom;

export function baseOption(ctx: ChartContext, description: string): ChartOption {
  return {
    animation: false,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: FONT_FAMILY[ctx.locale], color: ctx.theme.text },
    aria: { enabled: true, label: { description } },
    tooltip: {
      trigger: 'item',
      confine: true,
      appendTo: tooltipContainer,
      backgroundColor: ctx.theme.background,
      borderColor: ctx.theme.axisLine,
      textStyle: { color: ctx.theme.text },
    },
  };
}

/** Horizontal bars, one per figure, labelled with the figure as the article qualifies it. */
export function buildBarChartOption(
  metrics: readonly Metric[],
  ctx: ChartContext,
  spec: BarChartSpec,
): ChartOption {
  const { locale, theme } = ctx;
  const data = metrics.map((m) => ({
    value: m.value,
    metricId: m.id,
    labelText: barValueLabel(m, ctx),
    itemStyle: { color: spec.colorOf(m) },
    label: { position: m.value < 0 ? ('left' as const) : ('right' as const) },
  })) satisfies MetricDatum[];
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const layout = barLayout(ctx);
  const right = valueLabelRoom(
    data.map((d) => d.labelText),
    layout.fontSize,
  );
  const base = baseOption(ctx, describeMetrics(spec.title, metrics, locale));
  const rowLabels = metrics.map((m) => rowLabel(m, metrics, locale, ctx.year, ctx.agencies));
  const drawnRowLabels = rowLabels.map((label) => brokenRowLabel(label, ctx));
  return {
    ...base,
    grid: {
      left: 8 + rowLabelRoom(drawnRowLabels, ctx) + ROW_LABEL_MARGIN,
      right,
      top: 8,
      bottom: 28,
      outerBoundsMode: 'none',
    },
    xAxis: {
      ...valueAxisRange(
        metrics.map((m) => m.value),
        spec.scale,
      ),
      axisLabel: {
        color: theme.subtext,
        hideOverlap: true,
        formatter: spec.formatTick ?? ((v: number) => formatAxisTick(v, locale)),
      },
      axisLine: { show: true, lineStyle: { color: theme.axisLine } },
      splitLine: { lineStyle: { color: theme.splitLine } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rowLabels,
      axisLabel: {
        margin: ROW_LABEL_MARGIN,
        color: theme.text,
        // Broken here, not by ECharts (see break-lines.ts); the category stays the whole label.
        formatter: (_value: string, index: number) => drawnRowLabels[index] ?? '',
        width: layout.labelWidth,
        overflow: 'none',
        lineHeight: layout.fontSize + 4,
        fontSize: layout.fontSize,
      },
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisTick: { show: false },
    },
    tooltip: {
      ...base.tooltip,
      formatter: (params: unknown) => {
        const id = (params as { data?: MetricDatum }).data?.metricId;
        const metric = id ? byId.get(id) : undefined;
        return metric ? metricTooltipHtml(metric, locale) : '';
      },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        cursor: 'pointer',
        data,
        label: {
          show: true,
          position: 'right',
          color: theme.text,
          fontSize: layout.fontSize,
          formatter: datumLabel,
        },
        ...(spec.scale === 'diverging'
          ? {
              markLine: {
                silent: true,
                symbol: 'none',
                label: { show: false },
                lineStyle: { color: theme.text, width: 1.5, type: 'solid' as const },
                data: [{ xAxis: 0 }],
              },
            }
          : {}),
      },
    ],
  };
}
