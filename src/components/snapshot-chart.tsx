import { useLayoutEffect, useRef, type MouseEvent } from 'react';
import type { ChartSnapshot } from '@/snapshots/snapshot-file';
import { snapshotImage, snapshotImageLoaded } from '@/snapshots/snapshot-store';
import { afterNextPaint, createAfterPaintQueue } from '@/state/after-paint-queue';
import { liveChartDrawn } from '@/state/charts-live';

const belowTheFold = createAfterPaintQueue(afterNextPaint);

/**
 * Whether the chart's card is on screen or half a screen from it. Asked of the layout, not of
 * chart-turns' IntersectionObserver: a click replayed right after hydration comes before the
 * observer's first report. Only in the commit that shows a new view, whose layout the next
 * paint needs anyway. The card's box, not the chart's: a card below the fold is not laid out
 * inside (`content-visibility: auto`), and asking for a box inside it would lay it out.
 */
function nearViewport(element: HTMLElement): boolean {
  const box = (element.closest('[data-chart]') ?? element).getBoundingClientRect();
  const margin = window.innerHeight / 2;
  return box.bottom > -margin && box.top < window.innerHeight + margin;
}

/**
 * The figure whose bar is under the pointer. The image is the SVG scaled to fit the box and
 * centred (SVG's default `xMidYMid meet`), so the marks are scaled the same way.
 */
function figureAt(event: MouseEvent<HTMLElement>, snapshot: ChartSnapshot): string | null {
  const box = event.currentTarget.getBoundingClientRect();
  const scale = Math.min(box.width / snapshot.width, box.height / snapshot.height);
  if (!(scale > 0)) return null;
  const x = (event.clientX - box.left - (box.width - snapshot.width * scale) / 2) / scale;
  const y = (event.clientY - box.top - (box.height - snapshot.height * scale) / 2) / scale;
  const mark = snapshot.marks.find(
    ([left, top, width, height]) => x >= left && x <= left + width && y >= top && y <= top + height,
  );
  return mark?.[4] ?? null;
}

/**
 * A chart's view as the build drew it (see snapshots/snapshot-file.ts), as an image: shown at
 * once after a filter change while ECharts draws the same view in the background, and before
 * ECharts has loaded. Its bars lead to their quotes like the live chart's.
 */
export function SnapshotChart({
  snapshot,
  label,
  onFigureClick,
}: {
  snapshot: ChartSnapshot;
  label: string;
  onFigureClick?: (metricId: string) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    let current = true;
    const show = () => {
      const image = snapshotImage(snapshot);
      box.replaceChildren(image);
      image.decode().then(
        () => {
          if (current) performance.mark('chart:snapshot');
        },
        () => undefined,
      );
    };
    let cancel = () => {};
    // Below the fold on a cold page, an image not loaded yet waits until the frame has been
    // painted. Loading one is the SVG's parse and layout, 20–70 ms each on a slow phone (CPU
    // 4x): a click right after load would wait for five or six before its figures were
    // painted, while at the top of a phone's page none of the charts is on screen. Once a live
    // chart has been drawn, a filter change shows every chart in the click's own frame.
    if (!liveChartDrawn() && !snapshotImageLoaded(snapshot) && !nearViewport(box)) {
      // Not the previous view's drawing meanwhile: nothing.
      box.replaceChildren();
      cancel = belowTheFold.add(show);
    } else {
      show();
    }
    return () => {
      current = false;
      cancel();
    };
  }, [snapshot]);
  return (
    <div
      ref={ref}
      role="img"
      aria-label={label}
      title={snapshot.title}
      className="w-full"
      style={{ height: snapshot.height }}
      data-snapshot-chart=""
      onClick={(event) => {
        const metricId = figureAt(event, snapshot);
        if (metricId) onFigureClick?.(metricId);
      }}
      onMouseMove={(event) => {
        event.currentTarget.style.cursor = figureAt(event, snapshot) ? 'pointer' : '';
      }}
    />
  );
}
