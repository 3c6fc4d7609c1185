import { lazy, Suspense } from 'react';
import type { LiveEChartProps } from './live-echart';
import { StaticChart } from './static-chart';
import { useChartsLive } from '@/state/charts-live';

const LiveEChart = lazy(() => import('./live-echart'));

interface EChartProps extends LiveEChartProps {
  /** Which prerendered SVG stands for this chart until ECharts has loaded. */
  staticId: string;
  /** True only when the view on screen is the one the page was prerendered with. */
  staticValid: boolean;
}

/**
 * First paint shows the SVG prerendered at build time; ECharts (most of the JavaScript) loads
 * later and takes over. A view the prerender does not show never displays the static SVG.
 */
export function EChart({ staticId, staticValid, ...props }: EChartProps) {
  const live = useChartsLive(!staticValid);
  if (!live) return <StaticChart id={staticId} label={props.label} />;
  return (
    <Suspense fallback={<ChartLoading height={props.height} />}>
      <LiveEChart {...props} />
    </Suspense>
  );
}

function ChartLoading({ height }: { height: number }) {
  return (
    <div
      className="w-full animate-pulse rounded-md bg-gray-100 dark:bg-gray-800"
      style={{ height }}
      aria-busy="true"
      data-testid="chart-loading"
    />
  );
}
