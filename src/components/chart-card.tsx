import { useMemo, useState, type ReactNode } from 'react';
import { chartHeightFor, rowHeightFor } from '@/charts/build-bar-chart-option';
import { legendHeight } from '@/charts/build-category-chart-option';
import { buildTimelineChartOption } from '@/charts/build-timeline-chart-option';
import type { ChartContext } from '@/charts/chart-context';
import type { ChartSpec } from '@/charts/chart-specs';
import { describeMetrics } from '@/charts/describe';
import type { ChartOption } from '@/charts/echarts-option-type';
import type { Dataset, Metric, TimelineEvent } from '@/data/schema';
import { buildCsv } from '@/export/build-csv';
import { exportFileName } from '@/export/export-file-name';
import { STRINGS } from '@/i18n/strings';
import type { FilterState } from '@/state/filter-state';
import { eventCsvTable, metricCsvTable, metricTableRows } from '@/state/table-rows';
import { ChartActions } from './chart-actions';
import { chartSubtitle } from './chart-subtitle';
import { EChart } from './echart';
import { EmptyState } from './empty-state';
import { EventTable } from './event-table';
import { TableView } from './table-view';

interface ChartCardProps {
  spec: ChartSpec;
  metrics: Metric[];
  events: TimelineEvent[];
  dataset: Dataset;
  ctx: ChartContext;
  state: FilterState;
  onShowQuote: (metricId: string) => void;
  onClearFilters: () => void;
}

interface CardModel {
  count: number;
  option: ChartOption;
  height: number;
  subtitle: string;
  description: string;
  csv: string;
  table: ReactNode;
}

export function ChartCard(props: ChartCardProps) {
  const { spec, metrics, events, dataset, ctx, state, onShowQuote, onClearFilters } = props;
  const { locale } = ctx;
  const t = STRINGS[locale];
  const title = spec.title[locale];
  const [view, setView] = useState<'chart' | 'table'>('chart');

  const model: CardModel = useMemo(() => {
    if (spec.kind === 'events') {
      const reportLabel = `${t.reportDate} ${dataset.source.publishedBy}`;
      const { header, body } = eventCsvTable(events, locale);
      return {
        count: events.length,
        option: buildTimelineChartOption(
          events,
          ctx,
          title,
          dataset.source.publishedBy,
          reportLabel,
        ),
        height: chartHeightFor(events.length, 40),
        subtitle: `${events[0]?.date ?? ''} – ${dataset.source.publishedBy}`,
        description: `${title}: ${events.map((e) => `${e.date} ${e.title[locale]}`).join('; ')}`,
        csv: buildCsv(header, body),
        table: <EventTable events={events} locale={locale} caption={title} />,
      };
    }
    const rows = spec.select(metrics);
    const tableRows = metricTableRows(rows, dataset.agencies, locale);
    const { header, body } = metricCsvTable(tableRows);
    return {
      count: rows.length,
      option: spec.build(rows, ctx, title),
      height:
        chartHeightFor(rows.length, rowHeightFor(rows, ctx)) +
        (spec.id === 'categories' ? legendHeight(ctx) : 0),
      subtitle: chartSubtitle(rows, spec.scale, locale),
      description: describeMetrics(title, rows, locale),
      csv: buildCsv(header, body),
      table: (
        <TableView caption={title} rows={tableRows} locale={locale} onShowQuote={onShowQuote} />
      ),
    };
  }, [spec, metrics, events, dataset, ctx, locale, title, t, onShowQuote]);

  const sourceLine = t.sourceLine(dataset.source.outlet[locale], dataset.source.title);
  const headingId = `chart-${spec.id}-title`;
  return (
    <article
      aria-labelledby={headingId}
      className="flex min-w-0 flex-col gap-3 rounded-xl border border-gray-200 bg-white p-4 dark:border-gray-700 dark:bg-gray-900"
      data-chart={spec.id}
    >
      <header>
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="text-sm text-gray-600 dark:text-gray-300" data-testid="chart-subtitle">
          {model.subtitle}
        </p>
      </header>
      {model.count === 0 ? (
        <EmptyState locale={locale} onClear={onClearFilters} height={160} />
      ) : view === 'chart' ? (
        <EChart
          option={model.option}
          height={model.height}
          label={model.description}
          onFigureClick={onShowQuote}
        />
      ) : (
        model.table
      )}
      <p className="text-xs text-gray-600 dark:text-gray-300">{sourceLine}</p>
      <ChartActions
        view={view}
        onViewChange={setView}
        disabled={model.count === 0}
        locale={locale}
        fileName={(ext) => exportFileName(spec.slug, state, ext)}
        option={model.option}
        height={model.height}
        exportMeta={{ title, subtitle: model.subtitle, sourceLine, theme: ctx.theme }}
        csv={model.csv}
      />
    </article>
  );
}
