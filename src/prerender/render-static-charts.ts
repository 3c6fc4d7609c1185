import articleDataset from 'virtual:article-dataset';
import { CHART_SPECS } from '@/charts/chart-specs';
import { escapeHtml } from '@/charts/escape-html';
import { renderViewCharts, type RenderedChart } from '@/snapshots/render-chart-snapshots';
import { STATIC_WIDTHS, type SnapshotLayout } from '@/snapshots/snapshot-file';
import { DEFAULT_STATE } from '@/state/filter-state';
import type { StaticChartSvgs } from '@/state/static-charts-context';

/** A chart's SVG in the box the first paint shows it in; its bars name their figures. */
function staticChartBox({ snapshot, drawnIds }: RenderedChart): string {
  const ids = escapeHtml(drawnIds.join(','));
  return `<div class="static-chart-box" style="height:${snapshot.height}px" title="${escapeHtml(snapshot.title)}" data-metric-ids="${ids}">${snapshot.svg}</div>`;
}

/** The default view's charts (the first paint), in both layouts. */
export function renderStaticCharts(): Record<string, StaticChartSvgs> {
  const { year, agencies, categories, lang: locale } = DEFAULT_STATE;
  const drawn = (layout: SnapshotLayout) =>
    renderViewCharts(
      articleDataset,
      { year, agencies, categories },
      { locale, theme: 'light', compact: layout === 'compact', width: STATIC_WIDTHS[layout] },
    );
  const desktop = drawn('desktop');
  const compact = drawn('compact');
  const box = (chart: RenderedChart | undefined) => (chart ? staticChartBox(chart) : '');
  const result: Record<string, StaticChartSvgs> = {};
  for (const spec of CHART_SPECS) {
    result[spec.id] = { desktop: box(desktop[spec.id]), compact: box(compact[spec.id]) };
  }
  return result;
}
