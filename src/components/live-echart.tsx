// The ESM build of echarts-for-react's core entry (lib/core is its CommonJS twin, whose
// default export arrives wrapped under Vite's interop).
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useMemo, useRef } from 'react';
import { isMetricDatum } from '@/charts/chart-context';
import type { ChartOption } from '@/charts/echarts-option-type';
import { echarts } from '@/charts/echarts-setup';

export interface LiveEChartProps {
  option: ChartOption;
  height: number;
  label: string;
  onFigureClick?: (metricId: string) => void;
}

const RENDER_OPTS = { renderer: 'svg' } as const;

/**
 * Thin wrapper: `onEvents` keeps one identity for the chart's life (a new object would make
 * echarts-for-react rebind every render), and `notMerge` lets series disappear with a filter.
 */
export default function LiveEChart({ option, height, label, onFigureClick }: LiveEChartProps) {
  const clickRef = useRef(onFigureClick);
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
    <div role="img" aria-label={label} className="w-full">
      <ReactEChartsCore
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
