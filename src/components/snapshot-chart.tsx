import { useLayoutEffect, useRef, type MouseEvent } from 'react';
import type { ChartSnapshot } from '@/snapshots/snapshot-file';
import { snapshotImage } from '@/snapshots/snapshot-store';

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
    const image = snapshotImage(snapshot);
    ref.current?.replaceChildren(image);
    let current = true;
    image.decode().then(
      () => {
        if (current) performance.mark('chart:snapshot');
      },
      () => undefined,
    );
    return () => {
      current = false;
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
