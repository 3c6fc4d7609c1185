import type { TimelineEvent } from '@/data/schema';
import { dateTimeFormat } from '@/i18n/format-date';
import { baseOption } from './build-bar-chart-option';
import type { ChartContext } from './chart-context';
import type { ChartOption } from './echarts-option-type';
import { wrapLines } from './text-width';

export interface TimelineDatum {
  value: [string, number];
  eventId: string;
  labelText: string;
}

function monthFormat(locale: ChartContext['locale']): Intl.DateTimeFormat {
  return dateTimeFormat(locale, {
    year: '2-digit',
    month: 'short',
    timeZone: 'UTC',
  });
}

export function formatEventDate(event: TimelineEvent, locale: ChartContext['locale']): string {
  const options: Intl.DateTimeFormatOptions =
    event.precision === 'day'
      ? { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', month: 'short', timeZone: 'UTC' };
  return dateTimeFormat(locale, options).format(new Date(event.date));
}

/** Event labels wrap at this width; a lane is as tall as the longest wrapped label. */
const EVENT_LABEL = { width: 260, fontSize: 12, lineHeight: 15 } as const;
// Room below the plot for the month axis (grid.bottom and its labels) and above it.
const TIMELINE_CHROME = 16 + 32 + 20;

function eventLabelText(event: TimelineEvent, locale: ChartContext['locale']): string {
  return `${formatEventDate(event, locale)}  ${event.title[locale]}`;
}

/**
 * The chart's height: lanes (one per event, and one spare) far enough apart that wrapped
 * labels of neighbouring events never overlap, counted with the same line breaks ECharts
 * makes (text-width.ts).
 */
export function timelineHeight(events: readonly TimelineEvent[], ctx: ChartContext): number {
  const lines = Math.max(
    1,
    ...events.map(
      (e) =>
        wrapLines(eventLabelText(e, ctx.locale), EVENT_LABEL.width, EVENT_LABEL.fontSize).length,
    ),
  );
  const lane = Math.max(32, lines * EVENT_LABEL.lineHeight + 6);
  return Math.max(160, lane * (events.length + 1) + TIMELINE_CHROME);
}

/**
 * Dated events on a time axis that ends at the report's date, one lane per event so that
 * the April 2024 cluster does not overlap.
 */
export function buildTimelineChartOption(
  events: readonly TimelineEvent[],
  ctx: ChartContext,
  title: string,
  reportDate: string,
  reportLabel: string,
): ChartOption {
  const { theme, locale } = ctx;
  const first = events[0]?.date ?? reportDate;
  const middle = (Date.parse(first) + Date.parse(reportDate)) / 2;
  // Labels point into the chart: right of early events, left of late ones.
  const data = events.map((e, i) => ({
    value: [e.date, events.length - i] as [string, number],
    eventId: e.id,
    labelText: eventLabelText(e, locale),
    label: { position: Date.parse(e.date) < middle ? ('right' as const) : ('left' as const) },
  })) satisfies TimelineDatum[];
  const description = `${title}. ${data.map((d) => d.labelText).join('; ')}`;
  const base = baseOption(ctx, description);
  return {
    ...base,
    tooltip: { ...base.tooltip, show: false },
    grid: {
      left: 16,
      right: 16,
      top: 16,
      bottom: 32,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'time',
      max: reportDate,
      axisLabel: {
        color: theme.subtext,
        hideOverlap: true,
        // ECharts' own month names follow the language it loaded in; these follow the page's.
        formatter: (value: number) => monthFormat(locale).format(value),
      },
      axisLine: { lineStyle: { color: theme.axisLine } },
      splitLine: { show: false },
    },
    yAxis: { type: 'value', show: false, min: 0, max: events.length + 1 },
    series: [
      {
        type: 'scatter',
        symbolSize: 12,
        itemStyle: { color: theme.bar },
        data,
        label: {
          show: true,
          color: theme.text,
          width: EVENT_LABEL.width,
          fontSize: EVENT_LABEL.fontSize,
          lineHeight: EVENT_LABEL.lineHeight,
          overflow: 'break',
          formatter: (p: unknown) => (p as { data?: TimelineDatum }).data?.labelText ?? '',
        },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: theme.axisLine, type: 'dashed' },
          label: { color: theme.subtext, formatter: reportLabel, position: 'insideStartTop' },
          data: [{ xAxis: reportDate }],
        },
      },
    ],
  };
}
