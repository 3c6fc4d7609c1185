/**
 * Draws views of the charts as SVG images off the main thread (see snapshots-ahead.ts), with
 * the build's own code (ECharts' server-side rendering needs no DOM): the same drawing, byte
 * for byte, as a snapshot the build made.
 */
import { withLocalFontFaces } from '@/charts/local-font-faces';
import type { Dataset } from '@/data/schema';
import { renderViewCharts } from './render-chart-snapshots';
import type { ChartSnapshot } from './snapshot-file';
import type { SnapshotWorkerReply, SnapshotWorkerRequest } from './snapshot-worker-protocol';

// The DOM library types `self` as a window; in a dedicated worker it is this.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SnapshotWorkerRequest>) => void) | null;
  postMessage: (message: SnapshotWorkerReply) => void;
};

let dataset: Dataset | null = null;

scope.onmessage = ({ data: request }) => {
  if (request.kind === 'dataset') {
    dataset = request.dataset;
    return;
  }
  const { key, view, look } = request;
  try {
    if (!dataset) throw new Error('no dataset yet');
    const charts: Record<string, ChartSnapshot> = {};
    for (const [id, { snapshot }] of Object.entries(renderViewCharts(dataset, view, look))) {
      // Shown as an image: the SVG names the local fonts itself (local-font-faces.ts).
      charts[id] = { ...snapshot, svg: withLocalFontFaces(snapshot.svg) };
    }
    scope.postMessage({ key, charts });
  } catch (error) {
    scope.postMessage({ key, error: error instanceof Error ? error.message : String(error) });
  }
};
