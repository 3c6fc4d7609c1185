import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ChartOption } from '@/charts/echarts-option-type';
import type { ChartSnapshot } from '@/snapshots/snapshot-file';
import { isSameChartOption } from '@/charts/same-chart-option';
import type { LiveEChartProps } from './live-echart';
import { SnapshotChart } from './snapshot-chart';
import { StaticChart } from './static-chart';
import { useBoxOnScreen, useChartTurn, useChartUpdateTurn } from '@/state/chart-turns';
import { useBoxWidth } from '@/state/use-box-width';
import { reportChartBoxWidth } from '@/state/chart-box-width';
import { noteLiveChartDrawn, useChartsLive } from '@/state/charts-live';

const LiveEChart = lazy(() => import('./live-echart'));

interface EChartProps extends Omit<LiveEChartProps, 'option'> {
  buildOption: () => ChartOption;
  /** Which prerendered SVG stands for this chart until ECharts has loaded. */
  staticId: string;
  /** True only when the view on screen is the one the page was prerendered with. */
  staticValid: boolean;
  /** This view of the chart as the build drew it, when there is one (snapshots/). */
  snapshot: ChartSnapshot | null;
  /** The snapshots' file is on its way: ECharts is not needed yet for this view. */
  snapshotPending: boolean;
  /**
   * Hidden (empty state, table view) but kept: the ECharts instance survives, so coming back
   * to the chart is an update, not a new instance.
   */
  hidden: boolean;
}

/**
 * First paint shows the SVG prerendered at build time; ECharts (most of the JavaScript) loads
 * later and takes over. A view the prerender does not show never displays the static SVG.
 * A view the build drew as a snapshot shows it at once, while ECharts (loaded or not) catches
 * up in a turn of its own; the live chart takes over when it has drawn the same view.
 */
export function EChart({
  staticId,
  staticValid,
  snapshot,
  snapshotPending,
  buildOption,
  hidden,
  height,
  label,
  ...props
}: EChartProps) {
  // A chart to show that nothing else can show: ECharts is needed now. (Not a hidden one: an
  // empty card would start every live chart.)
  const live = useChartsLive(!hidden && !staticValid && snapshot === null && !snapshotPending);
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
  // Drawn at this box's width: swapping it for the live chart is seamless. At another width
  // it is scaled (its text too), so on screen it stands in only until ECharts has loaded.
  const boxWidth = useBoxWidth(boxRef);
  const snapshotFits = snapshot !== null && Math.abs(boxWidth - snapshot.width) <= 1;
  useEffect(() => reportChartBoxWidth(boxWidth), [boxWidth]);
  // A mouse over the chart wants the live one (tooltips, legend) now. Not a touch: the tap
  // must land on the bar it was aimed at, to open its quote.
  const [engaged, setEngaged] = useState(false);
  // Off screen, or with a snapshot to show meanwhile, an update waits for a turn after the
  // charts on screen have been painted.
  const deferrable =
    outdated && shown !== null && liveReady && (!onScreen || (snapshotFits && !engaged));
  const update = useChartUpdateTurn(deferrable, boxRef);
  if (outdated && (!deferrable || update.granted)) {
    const next = buildOption();
    // The same drawing keeps the same object, so echarts-for-react does not set it again.
    const option = shown && isSameChartOption(shown.option, next) ? shown.option : next;
    setShown({ build: buildOption, option, height, label });
  }
  const staticShown = !liveReady && staticValid && !hidden;
  const liveCurrent = liveReady && shown?.build === buildOption;
  const snapshotShown =
    snapshot !== null &&
    !hidden &&
    !staticShown &&
    !liveCurrent &&
    (snapshotFits || !onScreen || !liveReady);
  const stale = outdated && deferrable && !update.granted && !snapshotShown;
  const updateGranted = update.granted;
  const updateDone = update.done;
  useLayoutEffect(() => {
    if (updateGranted && !outdated) updateDone();
  }, [updateGranted, outdated, updateDone]);
  const { done } = turn;
  const markReady = useCallback(() => {
    performance.mark('chart:ready');
    noteLiveChartDrawn();
    setLiveReady(true);
    done();
  }, [done]);
  return (
    <div
      className="relative"
      ref={boxRef}
      data-stale={stale || undefined}
      aria-busy={stale || undefined}
      onPointerEnter={(event) => setEngaged(event.pointerType === 'mouse')}
      onPointerLeave={() => setEngaged(false)}
    >
      {!liveReady && (
        <div hidden={hidden || !staticValid}>
          <StaticChart id={staticId} label={label} onFigureClick={props.onFigureClick} />
        </div>
      )}
      {snapshotShown && (
        <SnapshotChart snapshot={snapshot} label={label} onFigureClick={props.onFigureClick} />
      )}
      {!liveReady && !staticValid && !hidden && !snapshotShown && <ChartLoading height={height} />}
      {shown && (
        <div
          hidden={hidden}
          className={
            !liveReady
              ? 'invisible absolute inset-x-0 top-0'
              : snapshotShown
                ? UNDER_SNAPSHOT
                : undefined
          }
        >
          <Suspense fallback={null}>
            <LiveEChart
              option={shown.option}
              height={shown.height}
              label={shown.label}
              onReady={markReady}
              drawNow={update.granted}
              covered={snapshotShown}
              {...props}
            />
          </Suspense>
        </div>
      )}
    </div>
  );
}

// Below the snapshot that stands in for it: out of the flow (the snapshot has the new view's
// height), painted under it, with its size kept for ECharts. Not `invisible`: visibility is
// inherited, and toggling it restyles every element of the chart at each filter change.
const UNDER_SNAPSHOT = 'absolute inset-x-0 top-0 -z-10 opacity-0';

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
