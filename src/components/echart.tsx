import { lazy, Suspense, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { ChartOption } from '@/charts/echarts-option-type';
import { isSameChartOption } from '@/charts/same-chart-option';
import type { LiveEChartProps } from './live-echart';
import { StaticChart } from './static-chart';
import { useBoxOnScreen, useChartTurn, useChartUpdateTurn } from '@/state/chart-turns';
import { useChartsLive } from '@/state/charts-live';

const LiveEChart = lazy(() => import('./live-echart'));

interface EChartProps extends Omit<LiveEChartProps, 'option'> {
  buildOption: () => ChartOption;
  /** Which prerendered SVG stands for this chart until ECharts has loaded. */
  staticId: string;
  /** True only when the view on screen is the one the page was prerendered with. */
  staticValid: boolean;
  /**
   * Hidden (empty state, table view) but kept: the ECharts instance survives, so coming back
   * to the chart is an update, not a new instance.
   */
  hidden: boolean;
}

/**
 * First paint shows the SVG prerendered at build time; ECharts (most of the JavaScript) loads
 * later and takes over. A view the prerender does not show never displays the static SVG.
 */
export function EChart({
  staticId,
  staticValid,
  buildOption,
  hidden,
  height,
  label,
  ...props
}: EChartProps) {
  const live = useChartsLive(!staticValid);
  const boxRef = useRef<HTMLDivElement>(null);
  const onScreen = useBoxOnScreen(boxRef);
  const turn = useChartTurn(live && !hidden, boxRef);
  // The prerendered SVG exists only in the DOM that React hydrated: it is hidden, never
  // unmounted, until the live chart has drawn, so it can come back if the view does.
  const [liveReady, setLiveReady] = useState(false);
  // The drawing last shown, rebuilt only when visible and its inputs changed (React's pattern
  // for keeping information from previous renders). Its height and label go with it: a chart
  // waiting for its update keeps the box of the view it shows.
  const [shown, setShown] = useState<Shown | null>(null);
  const outdated = turn.granted && !hidden && shown?.build !== buildOption;
  // Off screen, an update waits for a turn after the visible charts have been painted.
  const deferrable = outdated && shown !== null && liveReady && !onScreen;
  const update = useChartUpdateTurn(deferrable, boxRef);
  if (outdated && (!deferrable || update.granted)) {
    const next = buildOption();
    // The same drawing keeps the same object, so echarts-for-react does not set it again.
    const option = shown && isSameChartOption(shown.option, next) ? shown.option : next;
    setShown({ build: buildOption, option, height, label });
  }
  const stale = outdated && deferrable && !update.granted;
  const updateGranted = update.granted;
  const updateDone = update.done;
  useLayoutEffect(() => {
    if (updateGranted && !outdated) updateDone();
  }, [updateGranted, outdated, updateDone]);
  const { done } = turn;
  const markReady = useCallback(() => {
    performance.mark('chart:ready');
    setLiveReady(true);
    done();
  }, [done]);
  return (
    <div
      className="relative"
      ref={boxRef}
      data-stale={stale || undefined}
      aria-busy={stale || undefined}
    >
      {!liveReady && (
        <div hidden={hidden || !staticValid}>
          <StaticChart id={staticId} label={label} onFigureClick={props.onFigureClick} />
        </div>
      )}
      {!liveReady && !staticValid && !hidden && <ChartLoading height={height} />}
      {shown && (
        <div
          hidden={hidden}
          className={liveReady ? undefined : 'invisible absolute inset-x-0 top-0'}
        >
          <Suspense fallback={null}>
            <LiveEChart
              option={shown.option}
              height={shown.height}
              label={shown.label}
              onReady={markReady}
              drawNow={update.granted}
              {...props}
            />
          </Suspense>
        </div>
      )}
    </div>
  );
}

interface Shown {
  build: () => ChartOption;
  option: ChartOption;
  height: number;
  label: string;
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
