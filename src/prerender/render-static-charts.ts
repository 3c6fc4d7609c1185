import articleDataset from 'virtual:article-dataset';
import { CHART_SPECS } from '@/charts/chart-specs';
import type { ThemeName } from '@/charts/theme';
import { escapeHtml } from '@/charts/escape-html';
import type { Locale } from '@/i18n/locale';
import {
  renderViewCharts,
  type RenderedChart,
  type ViewFilter,
} from '@/snapshots/render-chart-snapshots';
import { STATIC_WIDTHS } from '@/snapshots/snapshot-file';
import { DEFAULT_STATE, type YearFilter } from '@/state/filter-state';
import type { StaticChartSvgs } from '@/state/static-charts-context';

export interface StaticView extends Partial<Pick<ViewFilter, 'agencies' | 'categories'>> {
  year: YearFilter;
  locale: Locale;
  theme: ThemeName;
  compact: boolean;
}

/** One view of the article's charts, at the width the prerendered layout gives them. */
export function renderArticleViewCharts(view: StaticView): Record<string, RenderedChart> {
  const { locale, theme, compact } = view;
  return renderViewCharts(
    articleDataset,
    { year: view.year, agencies: view.agencies ?? [], categories: view.categories ?? [] },
    { locale, theme, compact, width: compact ? STATIC_WIDTHS.compact : STATIC_WIDTHS.desktop },
  );
}

/** A chart's SVG in the box the first paint shows it in; its bars name their figures. */
function staticChartBox({ snapshot, drawnIds }: RenderedChart): string {
  const ids = escapeHtml(drawnIds.join(','));
  return `<div class="static-chart-box" style="height:${snapshot.height}px" title="${escapeHtml(snapshot.title)}" data-metric-ids="${ids}">${snapshot.svg}</div>`;
}

/** The default view's charts (the first paint), in both layouts. */
export function renderStaticCharts(): Record<string, StaticChartSvgs> {
  const view = { year: DEFAULT_STATE.year, locale: DEFAULT_STATE.lang, theme: 'light' } as const;
  const desktop = renderArticleViewCharts({ ...view, compact: false });
  const compact = renderArticleViewCharts({ ...view, compact: true });
  const box = (chart: RenderedChart | undefined) => (chart ? staticChartBox(chart) : '');
  const result: Record<string, StaticChartSvgs> = {};
  for (const spec of CHART_SPECS) {
    result[spec.id] = { desktop: box(desktop[spec.id]), compact: box(compact[spec.id]) };
  }
  return result;
}
