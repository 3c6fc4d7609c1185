import articleDataset from 'virtual:article-dataset';
import { buildCardModel } from '@/charts/build-card-model';
import { CHART_SPECS } from '@/charts/chart-specs';
import type { ChartOption } from '@/charts/echarts-option-type';
import { echarts } from '@/charts/echarts-setup';
import { CHART_THEMES, FONT_FAMILY, type ThemeName } from '@/charts/theme';
import { escapeHtml } from '@/charts/escape-html';
import type { Category } from '@/data/schema';
import type { Locale } from '@/i18n/locale';
import type { ChartSnapshot, FigureMark } from '@/snapshots/snapshot-file';
import { DEFAULT_STATE, type YearFilter } from '@/state/filter-state';
import { selectEvents, selectMetrics } from '@/state/select-metrics';
import type { StaticChartSvgs } from '@/state/static-charts-context';
import { hoistFontFamily } from './hoist-font-family';

/**
 * Chart widths in the prerendered layouts, as the page lays them out (inside a card's padding
 * and border): a half-width card at 1280 px and wider, a phone 412 px wide. A browser test
 * checks them against the page.
 */
export const STATIC_WIDTHS = { desktop: 574, compact: 346 } as const;

// What the prerender reads of ECharts' model (not in its public types): where each drawn item is.
interface DrawnItem {
  getBoundingRect(): { clone(): DrawnRect };
  transform: number[] | null;
}
interface DrawnRect {
  x: number;
  y: number;
  width: number;
  height: number;
  applyTransform(m: number[] | null): void;
}
interface ModelAccess {
  getModel(): {
    eachSeries(cb: (series: { getData(): ItemData }) => void): void;
  };
}
interface ItemData {
  count(): number;
  getItemGraphicEl(index: number): DrawnItem | undefined;
}

/**
 * Where each figure's mark (a bar) is drawn, in the SVG's pixels: a click on a snapshot image
 * finds its figure there. An item's data index is its row, as in `drawnIds`.
 */
function figureMarks(chart: ModelAccess, drawnIds: readonly string[]): FigureMark[] {
  const marks: FigureMark[] = [];
  chart.getModel().eachSeries((series) => {
    const data = series.getData();
    for (let i = 0; i < data.count(); i++) {
      const id = drawnIds[i];
      const el = data.getItemGraphicEl(i);
      if (!id || !el) continue;
      const rect = el.getBoundingRect().clone();
      rect.applyTransform(el.transform);
      const round = (n: number) => Math.round(n * 10) / 10;
      marks.push([round(rect.x), round(rect.y), round(rect.width), round(rect.height), id]);
    }
  });
  return marks;
}

function renderSvg(
  option: ChartOption,
  width: number,
  height: number,
  drawnIds: readonly string[],
  fontFamily: string,
): { svg: string; marks: FigureMark[] } {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    const svg = hoistFontFamily(chart.renderToSVGString(), fontFamily);
    return { svg, marks: figureMarks(chart as unknown as ModelAccess, drawnIds) };
  } finally {
    chart.dispose();
  }
}

export interface RenderedChart {
  snapshot: ChartSnapshot;
  /** The figures drawn, in row order: a bar's data index is its place here. */
  drawnIds: string[];
}

export interface StaticView {
  year: YearFilter;
  /** One agency or one category at most (see snapshotViewOf); none by default. */
  agencies?: string[];
  categories?: Category[];
  locale: Locale;
  theme: ThemeName;
  compact: boolean;
}

/**
 * One view's charts of the article's data as SVG, computed by the same card model as the live
 * app: the same figures, rows and drawing. A chart with no figure in the view (its card shows
 * the empty state) has none.
 */
export function renderViewCharts(view: StaticView): Record<string, RenderedChart> {
  const dataset = articleDataset;
  const filter = {
    ...DEFAULT_STATE,
    year: view.year,
    agencies: view.agencies ?? [],
    categories: view.categories ?? [],
  };
  const metrics = selectMetrics(dataset, filter);
  const events = selectEvents(dataset, filter);
  const ctx = {
    locale: view.locale,
    theme: CHART_THEMES[view.theme],
    year: view.year,
    compact: view.compact,
    agencies: dataset.agencies,
  };
  const width = view.compact ? STATIC_WIDTHS.compact : STATIC_WIDTHS.desktop;
  const result: Record<string, RenderedChart> = {};
  for (const spec of CHART_SPECS) {
    const model = buildCardModel(spec, metrics, events, dataset, ctx);
    if (model.count === 0) continue;
    const { svg, marks } = renderSvg(
      model.buildOption(),
      width,
      model.height,
      model.drawnIds,
      FONT_FAMILY[view.locale],
    );
    result[spec.id] = {
      snapshot: { svg, width, height: model.height, title: model.title, marks },
      drawnIds: model.drawnIds,
    };
  }
  return result;
}

/** A chart's SVG in the box the first paint shows it in; its bars name their figures. */
function staticChartBox({ snapshot, drawnIds }: RenderedChart): string {
  const ids = escapeHtml(drawnIds.join(','));
  return `<div class="static-chart-box" style="height:${snapshot.height}px" title="${escapeHtml(snapshot.title)}" data-metric-ids="${ids}">${snapshot.svg}</div>`;
}

/** The default view's charts (the first paint), in both layouts. */
export function renderStaticCharts(): Record<string, StaticChartSvgs> {
  const view = { year: DEFAULT_STATE.year, locale: DEFAULT_STATE.lang, theme: 'light' } as const;
  const desktop = renderViewCharts({ ...view, compact: false });
  const compact = renderViewCharts({ ...view, compact: true });
  const box = (chart: RenderedChart | undefined) => (chart ? staticChartBox(chart) : '');
  const result: Record<string, StaticChartSvgs> = {};
  for (const spec of CHART_SPECS) {
    result[spec.id] = { desktop: box(desktop[spec.id]), compact: box(compact[spec.id]) };
  }
  return result;
}
