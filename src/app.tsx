import { useCallback, useEffect, useMemo } from 'react';
import { CHART_SPECS } from '@/charts/chart-specs';
import type { ChartContext } from '@/charts/chart-context';
import { CHART_THEMES } from '@/charts/theme';
import { INTL_LOCALE } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';
import { selectEvents, selectMetrics } from '@/state/select-metrics';
import { selectHeadlines } from '@/state/select-headlines';
import { useActiveDataset } from '@/state/use-active-dataset';
import { useStableByKey } from '@/state/use-stable-by-key';
import { hydration } from '@/state/hydration';
import { listFor, useMediaQuery } from '@/state/use-media-query';
import { COMPACT_QUERY } from '@/state/compact-layout';
import { isPrerenderedView } from '@/state/prerendered-view';
import { snapshotViewOf } from '@/snapshots/snapshot-file';
import { useViewSnapshots } from '@/snapshots/use-view-snapshots';
import { useSnapshotsAhead, ViewsAhead } from '@/snapshots/use-snapshots-ahead';
import { useTheme } from '@/state/use-theme';
import { useUrlState } from '@/state/use-url-state';
import type { Dataset } from '@/data/schema';
import { ChartCard } from './components/chart-card';
import { ChartErrorBoundary } from './components/chart-error-boundary';
import { DatasetBar } from './components/dataset-bar';
import { DatasetDownload } from './components/dataset-download';
import { FilterBar } from './components/filter-bar';
import { Header } from './components/header';
import { HeadlineFigures } from './components/headline-figures';
import { ParamNotes } from './components/param-notes';
import { QuotePanel } from './components/quote-panel';

export function App() {
  const { dataset, articleText, vocabulary, origin, openDataset, resetDataset } =
    useActiveDataset();
  const { state, notes, update } = useUrlState(vocabulary);
  const { theme, setTheme } = useTheme();
  const compact = useMediaQuery(COMPACT_QUERY);
  const locale = state.lang;
  const t = STRINGS[locale];

  useEffect(() => {
    // Writes only on change: a new lang restyles the whole page (fonts follow it).
    const html = document.documentElement;
    if (html.lang !== INTL_LOCALE[locale]) html.lang = INTL_LOCALE[locale];
    const title = `${t.appTitle} · ${dataset.source.title}`;
    if (document.title !== title) document.title = title;
  }, [locale, t, dataset]);

  const filterAgencies = useMemo(
    () => dataset.agencies.filter((a) => vocabulary.agencyIds.includes(a.id)),
    [dataset, vocabulary],
  );
  // The figures follow the filters only: opening a quote or changing the language keeps them,
  // and with them each card's rows, its drawing and the page its table is on.
  const filter = useStableByKey(
    { year: state.year, agencies: state.agencies, categories: state.categories },
    `${state.year}|${state.agencies.join(',')}|${state.categories.join(',')}`,
  );
  const metrics = useMemo(() => selectMetrics(dataset, filter), [dataset, filter]);
  const events = useMemo(() => selectEvents(dataset, filter), [dataset, filter]);
  const headlines = useMemo(() => selectHeadlines(metrics), [metrics]);
  const ctx: ChartContext = useMemo(
    () => ({
      locale,
      theme: CHART_THEMES[theme],
      year: state.year,
      compact,
      agencies: dataset.agencies,
    }),
    [locale, theme, state.year, compact, dataset],
  );
  const showQuote = useCallback((figure: string) => update({ figure }), [update]);
  const clearFilters = useCallback(
    () => update({ year: 'all', agencies: [], categories: [] }),
    [update],
  );
  // Other data, other view: filters and the open quote go; the language stays.
  const replaceDataset = useCallback(
    (next: Dataset | null, fileName = '') => {
      update({ year: 'all', agencies: [], categories: [], figure: null }, 'replace');
      if (next) openDataset(next, fileName);
      else resetDataset();
    },
    [update, openDataset, resetDataset],
  );
  const isArticle = origin.kind === 'article';
  const staticValid = isPrerenderedView(state, theme, isArticle);
  // The layout the page has now, not `compact`, which follows it in a transition after
  // hydration: a snapshot is drawn at its own size, so it can show before the cards relayout.
  const layout = hydration.done && listFor(COMPACT_QUERY).matches ? 'compact' : 'desktop';
  const snapshotSet = useMemo(
    () => (isArticle ? ({ locale, theme, layout } as const) : null),
    [isArticle, locale, theme, layout],
  );
  // The build drew the article's views by year, and by one agency or category; the filters'
  // file is asked for when a view first needs it.
  const snapshotView = snapshotViewOf(state);
  const yearViews = useViewSnapshots(snapshotSet, 'years');
  const filterViews = useViewSnapshots(
    snapshotView?.part === 'filters' ? snapshotSet : null,
    'filters',
  );
  const snapshotFile = snapshotView?.part === 'filters' ? filterViews : yearViews;
  const built = snapshotView ? (snapshotFile.views?.[snapshotView.key] ?? null) : null;
  // Any other view (a year with an agency, …), or one at another width, drawn ahead of the click.
  const ahead = useSnapshotsAhead(snapshotSet, filter);
  const snapshots = ahead ?? built;
  const snapshotPending = snapshotView !== null && snapshotFile.pending;
  const openMetric = state.figure ? dataset.metrics.find((m) => m.id === state.figure) : undefined;

  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 sm:px-6">
      <Header
        source={dataset.source}
        locale={locale}
        theme={theme}
        onLocaleChange={(lang) => update({ lang })}
        onThemeChange={setTheme}
      />
      <ViewsAhead set={snapshotSet} view={filter} buttons={vocabulary} />
      <main className="flex flex-col gap-6">
        <DatasetBar
          origin={origin}
          figureCount={dataset.metrics.length}
          locale={locale}
          onOpen={replaceDataset}
          onBack={() => replaceDataset(null)}
        />
        <ParamNotes notes={notes} locale={locale} years={vocabulary.years} />
        <FilterBar
          state={state}
          years={vocabulary.years}
          agencies={filterAgencies}
          onChange={update}
        />
        <p
          className="text-sm text-gray-600 dark:text-gray-300"
          data-testid="figure-count"
          aria-live="polite"
        >
          {t.figuresCount(metrics.length)}
        </p>
        <HeadlineFigures
          metrics={headlines}
          figureCount={metrics.length}
          locale={locale}
          onShowQuote={showQuote}
        />
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          {CHART_SPECS.map((spec) => (
            <ChartErrorBoundary
              key={spec.id}
              chartId={spec.id}
              title={spec.title[locale]}
              locale={locale}
              resetKeys={[dataset, metrics, ctx]}
            >
              <ChartCard
                spec={spec}
                metrics={metrics}
                events={events}
                dataset={dataset}
                ctx={ctx}
                state={state}
                onShowQuote={showQuote}
                onClearFilters={clearFilters}
                staticValid={staticValid}
                snapshot={snapshots?.[spec.id] ?? null}
                snapshotPending={snapshotPending}
              />
            </ChartErrorBoundary>
          ))}
        </div>
      </main>
      <footer className="flex flex-col gap-2 border-t border-gray-200 pt-4 text-sm text-gray-600 dark:border-gray-700 dark:text-gray-300">
        <DatasetDownload dataset={dataset} locale={locale} />
        <p>{t.atLeastNote}</p>
      </footer>
      {openMetric && (
        <QuotePanel
          key={openMetric.id}
          metric={openMetric}
          agencies={dataset.agencies}
          articleText={articleText}
          locale={locale}
          onClose={() => update({ figure: null })}
        />
      )}
    </div>
  );
}
