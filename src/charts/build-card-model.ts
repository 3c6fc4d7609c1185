import type { Dataset, Metric, TimelineEvent } from '@/data/schema';
import { buildCsv } from '@/export/build-csv';
import { formatCount } from '@/i18n/format-number';
import { STRINGS } from '@/i18n/strings';
import { orderRows } from '@/state/select-chart-metrics';
import {
  eventCsvTable,
  metricCsvTable,
  metricTableRows,
  type MetricTableRow,
} from '@/state/table-rows';
import { chartHeightFor, rowHeightFor } from './build-bar-chart-option';
import { legendHeight } from './build-category-chart-option';
import { buildTimelineChartOption, timelineHeight } from './build-timeline-chart-option';
import type { ChartContext } from './chart-context';
import type { ChartSpec } from './chart-specs';
import { chartSubtitle } from './chart-subtitle';
import { describeMetrics } from './describe';
import type { ChartOption } from './echarts-option-type';
import { CHART_ROW_LIMIT, limitChartRows } from './limit-chart-rows';

/** Everything a chart card shows, computed once per view; the prerender uses the same. */
export interface CardModel {
  title: string;
  count: number;
  /** Built on demand: the prerendered first view needs neither the option nor the CSV. */
  buildOption: () => ChartOption;
  height: number;
  subtitle: string;
  description: string;
  buildCsv: () => string;
  /** Every row, built when first asked for (a large file has tens of thousands). */
  tableRows: (() => MetricTableRow[]) | null;
  /** The figures the chart draws, in its row order (at most CHART_ROW_LIMIT of them). */
  drawnIds: string[];
  events: readonly TimelineEvent[];
}

/** Computes once, when first called. */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: compute() }).v;
}

export function buildCardModel(
  spec: ChartSpec,
  metrics: Metric[],
  events: TimelineEvent[],
  dataset: Dataset,
  ctx: ChartContext,
): CardModel {
  const { locale } = ctx;
  const title = spec.title[locale];
  if (spec.kind === 'events') {
    const { publishedBy } = dataset.source;
    const reportLabel = `${STRINGS[locale].reportDate} ${publishedBy}`;
    // One lane per event: a file's 500 events would make the chart 20,000 px tall. The
    // latest are drawn (events come in date order); the table lists all.
    const drawn = events.slice(-CHART_ROW_LIMIT);
    const cut =
      drawn.length < events.length
        ? STRINGS[locale].timelineCut(drawn.length, formatCount(events.length, locale))
        : null;
    const span = `${drawn[0]?.date ?? ''} – ${publishedBy}`;
    return {
      title,
      count: events.length,
      buildOption: () => buildTimelineChartOption(drawn, ctx, title, publishedBy, reportLabel),
      height: timelineHeight(drawn, ctx),
      subtitle: cut ? `${cut} · ${span}` : span,
      description: `${cut ? `${title} (${cut})` : title}: ${drawn.map((e) => `${e.date} ${e.title[locale]}`).join('; ')}`,
      buildCsv: () => {
        const { header, body } = eventCsvTable(events, locale);
        return buildCsv(header, body);
      },
      tableRows: null,
      drawnIds: [],
      events,
    };
  }
  // One pass to filter; only the drawn rows are sorted now, all of them when the table opens.
  const matching = metrics.filter(spec.rows.keep);
  const drawn = orderRows(limitChartRows(matching), spec.rows);
  const tableRows = once(() =>
    metricTableRows(orderRows(matching, spec.rows), dataset.agencies, locale),
  );
  const cut =
    drawn.length < matching.length
      ? STRINGS[locale].chartRowsCut(drawn.length, formatCount(matching.length, locale))
      : null;
  const atLeast = matching.some((m) => m.qualifier === 'at-least');
  const subtitle = chartSubtitle(drawn, spec.scale, locale, atLeast);
  return {
    title,
    count: matching.length,
    buildOption: () => spec.build(drawn, ctx, title),
    height:
      chartHeightFor(drawn.length, rowHeightFor(drawn, ctx)) +
      (spec.id === 'categories' ? legendHeight(ctx) : 0),
    subtitle: cut ? `${cut} · ${subtitle}` : subtitle,
    description: describeMetrics(cut ? `${title} (${cut})` : title, drawn, locale),
    buildCsv: () => {
      const { header, body } = metricCsvTable(tableRows());
      return buildCsv(header, body);
    },
    tableRows,
    drawnIds: drawn.map((m) => m.id),
    events: [],
  };
}
