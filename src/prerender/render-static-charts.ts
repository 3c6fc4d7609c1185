import articleDataset from 'virtual:article-dataset';
import { buildCardModel } from '@/charts/build-card-model';
import { CHART_SPECS } from '@/charts/chart-specs';
import type { ChartOption } from '@/charts/echarts-option-type';
import { echarts } from '@/charts/echarts-setup';
import { CHART_THEMES } from '@/charts/theme';
import { escapeHtml } from '@/charts/escape-html';
import { DEFAULT_STATE } from '@/state/filter-state';
import { selectEvents, selectMetrics } from '@/state/select-metrics';
import type { StaticChartSvgs } from '@/state/static-charts-context';

/** Chart widths in the prerendered layouts: a half-width card at 1280 px, a phone at 412 px. */
export const STATIC_WIDTHS = { desktop: 576, compact: 348 } as const;

function renderSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * The default view's charts as SVG, computed by the same card model as the live app, so the
 * first paint and the loaded app show the same figures.
 */
export function renderStaticCharts(): Record<string, StaticChartSvgs> {
  const dataset = articleDataset;
  const metrics = selectMetrics(dataset, DEFAULT_STATE);
  const events = selectEvents(dataset, DEFAULT_STATE);
  const result: Record<string, StaticChartSvgs> = {};
  for (const spec of CHART_SPECS) {
    const variant = (compact: boolean) => {
      const ctx = {
        locale: DEFAULT_STATE.lang,
        theme: CHART_THEMES.light,
        year: DEFAULT_STATE.year,
        compact,
        agencies: dataset.agencies,
      };
      const model = buildCardModel(spec, metrics, events, dataset, ctx);
      const width = compact ? STATIC_WIDTHS.compact : STATIC_WIDTHS.desktop;
      const svg = renderSvg(model.buildOption(), width, model.height);
      const ids = escapeHtml(model.drawnIds.join(','));
      return `<div class="static-chart-box" style="height:${model.height}px" title="${escapeHtml(model.title)}" data-metric-ids="${ids}">${svg}</div>`;
    };
    result[spec.id] = { desktop: variant(false), compact: variant(true) };
  }
  return result;
}
