// The ESM build of echarts-for-react's core entry (lib/core is its CommonJS twin, whose
// default export arrives wrapped under Vite's interop).
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { isMetricDatum } from '@/charts/chart-context';
import type { ChartOption } from '@/charts/echarts-option-type';
import { echarts } from '@/charts/echarts-setup';
import { REPLACED_COMPONENTS, withShapeIds } from '@/charts/shape-ids';

performance.mark('charts:module');

export interface LiveEChartProps {
  option: ChartOption;
  height: number;
  label: string;
  onFigureClick?: (metricId: string) => void;
  /** Called once the chart has drawn for the first time. */
  onReady?: () => void;
  /** Draw a new option in this task rather than in the next frame (an off-screen update turn). */
  drawNow?: boolean;
  /**
   * A snapshot stands in for the chart: a new width waits until it draws again (a chart
   * revealed by a filter change would otherwise redraw its old view, unseen, in the click's frame).
   */
  covered?: boolean;
}

// Explicitly undefined sizes: echarts-for-react otherwise copies the first measured width and
// height into the instance's options, and every later resize keeps them.
const RENDER_OPTS = { renderer: 'svg', width: undefined, height: undefined } as const;
// One object for the chart's life: echarts-for-react resizes (reading the DOM) whenever its
// style changes. The height lives on our box instead, and we resize with known sizes.
// Positioned: the tooltip is placed inside it (tooltipContainer).
const FILL_BOX = { width: '100%', height: '100%', position: 'relative' } as const;
// Merge, not notMerge: the tooltip keeps its DOM (re-creating it forces a layout per chart),
// while everything a view can add or drop is replaced whole, so no key of an old view lingers
// (components of an unchanged shape keep their views: see withShapeIds).
const REPLACE_MERGE = [...REPLACED_COMPONENTS];

/**
 * Thin wrapper around echarts-for-react. A filter change costs one ECharts render per chart
 * and no forced layout: the option is set lazily, and when the height changes the resize
 * (with both sizes given, so ECharts measures nothing) draws it at once. `onEvents` keeps one
 * identity for the chart's life (a new object would make echarts-for-react rebind).
 */
export default function LiveEChart({
  option,
  height,
  label,
  onFigureClick,
  onReady,
  drawNow = false,
  covered = false,
}: LiveEChartProps) {
  const clickRef = useRef(onFigureClick);
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ReactEChartsCore>(null);
  // Last width the box reported; 0 while hidden (ECharts is not resized then).
  const widthRef = useRef(0);
  const heightRef = useRef(height);
  const coveredRef = useRef(covered);
  // The size ECharts last drew at.
  const drawnRef = useRef({ width: 0, height });
  const resize = useCallback(() => {
    const width = widthRef.current;
    const height = heightRef.current;
    if (width <= 0) return;
    drawnRef.current = { width, height };
    chartRef.current?.getEchartsInstance()?.resize({ width, height });
  }, []);
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const observer = new ResizeObserver((entries) => {
      widthRef.current = entries[0]?.contentRect.width ?? 0;
      if (widthRef.current !== drawnRef.current.width && !coveredRef.current) resize();
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [resize]);
  // The option was set (lazily) by echarts-for-react just before, in its own commit phase.
  const drawnOptionRef = useRef(option);
  useLayoutEffect(() => {
    const optionChanged = option !== drawnOptionRef.current;
    heightRef.current = height;
    drawnOptionRef.current = option;
    coveredRef.current = covered;
    const drawn = drawnRef.current;
    const sizeChanged = widthRef.current !== drawn.width || height !== drawn.height;
    if (covered || (!sizeChanged && !(drawNow && optionChanged))) return;
    // With both sizes given ECharts measures nothing; the pending option is drawn once, now.
    resize();
  }, [height, option, drawNow, covered, resize]);
  useEffect(() => {
    clickRef.current = onFigureClick;
  }, [onFigureClick]);
  const shapedOption = useMemo(() => withShapeIds(option), [option]);
  const onEvents = useMemo(
    () => ({
      click: (params: { data?: unknown }) => {
        if (isMetricDatum(params.data)) clickRef.current?.(params.data.metricId);
      },
    }),
    [],
  );
  return (
    <div role="img" aria-label={label} className="w-full" style={{ height }} ref={boxRef}>
      <ReactEChartsCore
        ref={chartRef}
        autoResize={false}
        onChartReady={onReady}
        echarts={echarts}
        option={shapedOption}
        replaceMerge={REPLACE_MERGE}
        lazyUpdate
        opts={RENDER_OPTS}
        onEvents={onEvents}
        style={FILL_BOX}
      />
    </div>
  );
}
