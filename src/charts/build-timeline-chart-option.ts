import type { TimelineEvent } from '@/data/schema';
import { dateTimeFormat } from '@/i18n/format-date';
import { baseOption } from './build-bar-chart-option';
import type { ChartContext } from './chart-context';
import type { ChartOption } from './echarts-option-type';
import { breakLines } from './break-lines';

export interface TimelineDatum {
  value: [string, number];
  eventId: string;
  labelText: string;
  /** The label as drawn: broken into lines (break-lines.ts). */
  drawnLabel: string;
}

function monthFormat(locale: ChartContext['locale']) {
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

/** Event labels break into lines of this width; a lane is as tall as the longest label. */
const EVENT_LABEL = { fontSize: 12, lineHeight: 15 } as const;

// On a phone a 260 px label beside a late event would reach past the chart's left edge.
function eventLabelWidth(ctx: ChartContext): number {
  return ctx.compact ? 200 : 260;
}
// Room below the plot for the month axis (grid.bottom and its labels) and above it.
const TIMELINE_CHROME = 16 + 32 + 20;

function eventLabelText(event: TimelineEvent, locale: ChartContext['locale']): string {
  return `${formatEventDate(event, locale)}  ${event.title[locale]}`;
}

function eventLabelLines(event: TimelineEvent, ctx: ChartContext): string[] {
  return breakLines(eventLabelText(event, ctx.locale), eventLabelWidth(ctx), EVENT_LABEL.fontSize);
}

/**
 * The chart's height: lanes (one per event, and one spare) far enough apart that wrapped
 * labels of neighbouring events never overlap, counted with the same line breaks ECharts
 * makes (text-width.ts).
 */
export function timelineHeight(events: readonly TimelineEvent[], ctx: ChartContext): number {
  const lines = Math.max(1, ...events.map((e) => eventLabelLines(e, ctx).length));
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
    drawnLabel: eventLabelLines(e, ctx).join('\n'),
    label: { position: Date.parse(e.date) < middle ? ('right' as const) : ('left' as const) },
  })) satisfies TimelineDatum[];
  const description = `${title}. ${data.map((d) => d.labelText).join('; ')}`;
  const base = baseOption(ctx, description);
  return {
    ...base,
    // Dates are days of the calendar (UTC midnight) and ticks are formatted in UTC: placed in
    // the reader's zone, east of UTC, the 1 September tick read "22年8月".
    useUTC: true,
    tooltip: { ...base.tooltip, show: false },
    grid: {
      left: 16,
      // Room right of the report's date line for its label, clear of the late events' dots.
      right: 26,
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
          fontSize: EVENT_LABEL.fontSize,
          lineHeight: EVENT_LABEL.lineHeight,
          formatter: (p: unknown) => (p as { data?: TimelineDatum }).data?.drawnLabel ?? '',
        },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: theme.axisLine, type: 'dashed' },
          label: { color: theme.subtext, formatter: reportLabel, position: 'insideStartBottom' },
          data: [{ xAxis: reportDate }],
        },
      },
    ],
  };
}
