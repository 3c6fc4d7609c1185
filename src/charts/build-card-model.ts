import type { Dataset, Metric, TimelineEvent } from '@/data/schema';
import { buildCsv } from '@/export/build-csv';
import { STRINGS } from '@/i18n/strings';
import {
  eventCsvTable,
  metricCsvTable,
  metricTableRows,
  type MetricTableRow,
} from '@/state/table-rows';
import { chartHeightFor, rowHeightFor } from './build-bar-chart-option';
import { legendHeight } from './build-category-chart-option';
import { buildTimelineChartOption } from './build-timeline-chart-option';
import type { ChartContext } from './chart-context';
import type { ChartSpec } from './chart-specs';
import { chartSubtitle } from './chart-subtitle';
import { describeMetrics } from './describe';
import type { ChartOption } from './echarts-option-type';

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
  tableRows: MetricTableRow[] | null;
  events: readonly TimelineEvent[];
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
    const { header, body } = eventCsvTable(events, locale);
    const reportLabel = `${STRINGS[locale].reportDate} ${publishedBy}`;
    return {
      title,
      count: events.length,
      buildOption: () => buildTimelineChartOption(events, ctx, title, publishedBy, reportLabel),
      height: chartHeightFor(events.length, 40),
      subtitle: `${events[0]?.date ?? ''} – ${publishedBy}`,
      description: `${title}: ${events.map((e) => `${e.date} ${e.title[locale]}`).join('; ')}`,
      buildCsv: () => buildCsv(header, body),
      tableRows: null,
      events,
    };
  }
  const rows = spec.select(metrics);
  const tableRows = metricTableRows(rows, dataset.agencies, locale);
  const { header, body } = metricCsvTable(tableRows);
  return {
    title,
    count: rows.length,
    buildOption: () => spec.build(rows, ctx, title),
    height:
      chartHeightFor(rows.length, rowHeightFor(rows, ctx)) +
      (spec.id === 'categories' ? legendHeight(ctx) : 0),
    subtitle: chartSubtitle(rows, spec.scale, locale),
    description: describeMetrics(title, rows, locale),
    buildCsv: () => buildCsv(header, body),
    tableRows,
    events: [],
  };
}
