import { useMemo, useState } from 'react';
import type { ChartContext } from '@/charts/chart-context';
import { buildCardModel } from '@/charts/build-card-model';
import type { ChartSpec } from '@/charts/chart-specs';
import { FONT_FAMILY } from '@/charts/theme';
import type { Dataset, Metric, TimelineEvent } from '@/data/schema';
import { exportFileName } from '@/export/export-file-name';
import { STRINGS } from '@/i18n/strings';
import type { ChartSnapshot } from '@/snapshots/snapshot-file';
import type { FilterState } from '@/state/filter-state';
import { CardSources } from './card-sources';
import { ChartActions } from './chart-actions';
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
  /** The view is the prerendered one, so the build-time SVG may stand in for the chart. */
  staticValid: boolean;
  /** This view of the chart as the build drew it, if it did. */
  snapshot: ChartSnapshot | null;
  /** The snapshots' file is on its way. */
  snapshotPending: boolean;
}

export function ChartCard(props: ChartCardProps) {
  const {
    spec,
    metrics,
    events,
    dataset,
    ctx,
    state,
    onShowQuote,
    onClearFilters,
    staticValid,
    snapshot,
    snapshotPending,
  } = props;
  const { locale } = ctx;
  const t = STRINGS[locale];
  const title = spec.title[locale];
  const [view, setView] = useState<'chart' | 'table'>('chart');

  const model = useMemo(
    () => buildCardModel(spec, metrics, events, dataset, ctx),
    [spec, metrics, events, dataset, ctx],
  );
  // Built only when shown: the rows of a large file are many.
  const table = () =>
    model.tableRows ? (
      <TableView
        caption={title}
        rows={model.tableRows()}
        locale={locale}
        onShowQuote={onShowQuote}
      />
    ) : (
      <EventTable events={model.events} locale={locale} caption={title} />
    );

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
      {model.count === 0 && <EmptyState locale={locale} onClear={onClearFilters} height={160} />}
      <EChart
        staticId={spec.id}
        staticValid={staticValid}
        snapshot={snapshot}
        snapshotPending={snapshotPending}
        buildOption={model.buildOption}
        height={model.height}
        label={model.description}
        onFigureClick={onShowQuote}
        hidden={model.count === 0 || view !== 'chart'}
      />
      {model.count > 0 && view === 'table' && table()}
      <p className="text-xs text-gray-600 dark:text-gray-300">{sourceLine}</p>
      <CardSources
        count={model.count}
        rows={model.tableRows}
        events={model.events}
        locale={locale}
        onShowQuote={onShowQuote}
      />
      <ChartActions
        view={view}
        onViewChange={setView}
        disabled={model.count === 0}
        locale={locale}
        fileName={(ext) => exportFileName(spec.slug, state, ext)}
        buildOption={model.buildOption}
        height={model.height}
        exportMeta={{
          title,
          subtitle: model.subtitle,
          sourceLine,
          theme: ctx.theme,
          fontFamily: FONT_FAMILY[locale],
        }}
        buildCsv={model.buildCsv}
      />
    </article>
  );
}
