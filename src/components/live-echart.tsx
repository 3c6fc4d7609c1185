// The ESM build of echarts-for-react's core entry (lib/core is its CommonJS twin, whose
// default export arrives wrapped under Vite's interop).
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useMemo, useRef } from 'react';
import { isMetricDatum } from '@/charts/chart-context';
import type { ChartOption } from '@/charts/echarts-option-type';
import { echarts } from '@/charts/echarts-setup';

performance.mark('charts:module');

export interface LiveEChartProps {
  option: ChartOption;
  height: number;
  label: string;
  onFigureClick?: (metricId: string) => void;
  /** Called once the chart has drawn for the first time. */
  onReady?: () => void;
}

// Explicitly undefined sizes: echarts-for-react otherwise copies the first measured width and
// height into the instance's options, and every later resize keeps them.
const RENDER_OPTS = { renderer: 'svg', width: undefined, height: undefined } as const;

/**
 * Thin wrapper: `onEvents` keeps one identity for the chart's life (a new object would make
 * echarts-for-react rebind every render), and `notMerge` lets series disappear with a filter.
 * Resizing is ours: echarts-for-react skips the first report of its size sensor, so a resize
 * right after the chart is drawn would be lost and the chart keep its old width.
 */
export default function LiveEChart({
  option,
  height,
  label,
  onFigureClick,
  onReady,
}: LiveEChartProps) {
  const clickRef = useRef(onFigureClick);
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ReactEChartsCore>(null);
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const observer = new ResizeObserver(() => chartRef.current?.getEchartsInstance().resize());
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    clickRef.current = onFigureClick;
  }, [onFigureClick]);
  const onEvents = useMemo(
    () => ({
      click: (params: { data?: unknown }) => {
        if (isMetricDatum(params.data)) clickRef.current?.(params.data.metricId);
      },
    }),
    [],
  );
  return (
    <div role="img" aria-label={label} className="w-full" ref={boxRef}>
      <ReactEChartsCore
        ref={chartRef}
        autoResize={false}
        onChartReady={onReady}
        echarts={echarts}
        option={option}
        notMerge
        opts={RENDER_OPTS}
        onEvents={onEvents}
        style={{ height, width: '100%' }}
      />
    </div>
  );
}
