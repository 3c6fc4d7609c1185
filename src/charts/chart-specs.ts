import type { LocalizedText, Metric } from '@/data/schema';
import {
  CASE_ROWS,
  CATEGORY_ROWS,
  FUNDS_ROWS,
  INTERCEPT_ROWS,
  selectRows,
  YOY_ROWS,
  type ChartRowRule,
} from '@/state/select-chart-metrics';
import { buildCaseChartOption } from './build-case-chart-option';
import { buildCategoryChartOption } from './build-category-chart-option';
import { buildFundsChartOption } from './build-funds-chart-option';
import { buildInterceptChartOption } from './build-intercept-chart-option';
import { buildYoyChartOption } from './build-yoy-chart-option';
import type { ChartContext } from './chart-context';
import type { ChartOption } from './echarts-option-type';
import type { ValueScale } from './build-bar-chart-option';

export interface MetricChartSpec {
  kind: 'metrics';
  id: string;
  /** Used in file names: hubei-antifraud-<slug>-<filters>.png */
  slug: string;
  title: LocalizedText;
  scale: ValueScale;
  /** Its rows of the filtered figures, in order (rows.keep, then rows.order). */
  select: (metrics: Metric[]) => Metric[];
  rows: ChartRowRule;
  build: (metrics: readonly Metric[], ctx: ChartContext, title: string) => ChartOption;
}

export interface EventChartSpec {
  kind: 'events';
  id: string;
  slug: string;
  title: LocalizedText;
}

export type ChartSpec = MetricChartSpec | EventChartSpec;

/** A figures chart: its `select` is its row rule applied (one definition, see ChartRowRule). */
function metricChart(spec: Omit<MetricChartSpec, 'select' | 'kind'>): MetricChartSpec {
  return { ...spec, kind: 'metrics', select: (metrics) => selectRows(metrics, spec.rows) };
}

/** The dashboard's charts, in page order. A card finds its builder here in one hop. */
export const CHART_SPECS: readonly ChartSpec[] = [
  metricChart({
    id: 'yoy',
    slug: 'yoy',
    title: { zh: '同比变化', en: 'Year-on-year changes' },
    scale: 'diverging',
    rows: YOY_ROWS,
    build: buildYoyChartOption,
  }),
  metricChart({
    id: 'intercepts',
    slug: 'intercepts',
    title: { zh: '拦截、宣防与预警劝阻', en: 'Blocking, awareness and warnings' },
    scale: 'log',
    rows: INTERCEPT_ROWS,
    build: buildInterceptChartOption,
  }),
  metricChart({
    id: 'funds',
    slug: 'funds',
    title: { zh: '止付与挽回资金', en: 'Funds stopped and saved' },
    scale: 'log',
    rows: FUNDS_ROWS,
    build: buildFundsChartOption,
  }),
  metricChart({
    id: 'categories',
    slug: 'lines-of-defence',
    title: { zh: '三道防线、打击与治理', en: 'Three lines of defence, enforcement and governance' },
    scale: 'log',
    rows: CATEGORY_ROWS,
    build: buildCategoryChartOption,
  }),
  metricChart({
    id: 'case',
    slug: 'case-2022-9-9',
    title: { zh: '“2022·9·9”专案', en: 'Case “2022·9·9”' },
    scale: 'linear',
    rows: CASE_ROWS,
    build: buildCaseChartOption,
  }),
  {
    kind: 'events',
    id: 'timeline',
    slug: 'timeline',
    title: { zh: '时间线', en: 'Timeline' },
  },
];
