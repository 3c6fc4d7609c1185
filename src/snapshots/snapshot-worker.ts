/**
 * Draws views of the charts as SVG images off the main thread (see snapshots-ahead.ts), with
 * the build's own code (ECharts' server-side rendering needs no DOM): the same drawing, byte
 * for byte, as a snapshot the build made.
 */
import type { Dataset } from '@/data/schema';
import { renderViewImages } from './render-chart-snapshots';
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
    scope.postMessage({ key, charts: renderViewImages(dataset, view, look) });
  } catch (error) {
    scope.postMessage({ key, error: error instanceof Error ? error.message : String(error) });
  }
};
