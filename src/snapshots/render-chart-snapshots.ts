import { buildCardModel } from '@/charts/build-card-model';
import { CHART_SPECS } from '@/charts/chart-specs';
import type { ChartOption } from '@/charts/echarts-option-type';
import { echarts } from '@/charts/echarts-setup';
import { hoistFontFamily } from '@/charts/hoist-font-family';
import { withLocalFontFaces } from '@/charts/local-font-faces';
import { CHART_THEMES, FONT_FAMILY, type ThemeName } from '@/charts/theme';
import type { Dataset } from '@/data/schema';
import type { Locale } from '@/i18n/locale';
import { DEFAULT_STATE, type ViewFilter } from '@/state/filter-state';
import { selectEvents, selectMetrics } from '@/state/select-metrics';
import type { ChartSnapshot, FigureMark } from './snapshot-file';

// What a snapshot reads of ECharts' model (not in its public types): where each drawn item is.
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

// ECharts' server-side rendering: no DOM, so it runs in the build (Node) and in a worker alike.
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

export interface ViewLook {
  locale: Locale;
  theme: ThemeName;
  compact: boolean;
  /** The charts' width in CSS pixels, as the page lays them out. */
  width: number;
}

/**
 * One view's charts as SVG, computed by the same card model as the live app: the same figures,
 * rows and drawing. A chart with no figure in the view (its card shows the empty state) has
 * none.
 */
export function renderViewCharts(
  dataset: Dataset,
  view: ViewFilter,
  look: ViewLook,
): Record<string, RenderedChart> {
  const filter = { ...DEFAULT_STATE, ...view };
  const metrics = selectMetrics(dataset, filter);
  const events = selectEvents(dataset, filter);
  const ctx = {
    locale: look.locale,
    theme: CHART_THEMES[look.theme],
    year: view.year,
    compact: look.compact,
    agencies: dataset.agencies,
  };
  const result: Record<string, RenderedChart> = {};
  for (const spec of CHART_SPECS) {
    const model = buildCardModel(spec, metrics, events, dataset, ctx);
    if (model.count === 0) continue;
    const { svg, marks } = renderSvg(
      model.buildOption(),
      look.width,
      model.height,
      model.drawnIds,
      FONT_FAMILY[look.locale],
    );
    result[spec.id] = {
      snapshot: { svg, width: look.width, height: model.height, title: model.title, marks },
      drawnIds: model.drawnIds,
    };
  }
  return result;
}

/**
 * One view's charts as snapshots, to be shown as images (the build's files, the worker's views
 * ahead): each SVG names the local fonts itself (local-font-faces.ts).
 */
export function renderViewImages(
  dataset: Dataset,
  view: ViewFilter,
  look: ViewLook,
): Record<string, ChartSnapshot> {
  const images: Record<string, ChartSnapshot> = {};
  for (const [id, { snapshot }] of Object.entries(renderViewCharts(dataset, view, look))) {
    images[id] = { ...snapshot, svg: withLocalFontFaces(snapshot.svg) };
  }
  return images;
}
