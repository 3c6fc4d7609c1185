/**
 * Reads and checks an opened file off the main thread: parsing and validating 100,000 figures
 * takes seconds, which on the page's thread would freeze it. Receives the File itself (the
 * bytes are read here, not copied from the page) and answers with the checked dataset or its
 * problems, as messages of JSON text (see DatasetWorkerMessage).
 */
import type { DatasetResult } from './load-dataset';
import { readDatasetFile } from './read-dataset-file';
import type { Agency } from './schema';

export interface DatasetWorkerRequest {
  file: File;
  defaultAgencies: Agency[];
}

/**
 * `result`: the result, its metrics left out when valid; then one `metrics` message per slice
 * of figures, then `end`. The page parses each in a task of its own: one JSON.parse of
 * 100,000 figures is half a second, a structured clone of them twice that.
 */
export type DatasetWorkerMessage =
  { kind: 'result'; json: string } | { kind: 'metrics'; json: string } | { kind: 'end' };

const METRICS_PER_MESSAGE = 5000;

// The DOM library types `self` as a window; in a dedicated worker it is this.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DatasetWorkerRequest>) => void) | null;
  postMessage: (message: DatasetWorkerMessage) => void;
};

async function check({ file, defaultAgencies }: DatasetWorkerRequest): Promise<DatasetResult> {
  try {
    return await readDatasetFile(file, defaultAgencies);
  } catch (error) {
    // readDatasetFile reports bad files itself; this is the checker failing (out of memory).
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`the file could not be checked: ${reason}`] };
  }
}

scope.onmessage = (event) => {
  void check(event.data).then((result) => {
    if (!result.ok) {
      scope.postMessage({ kind: 'result', json: JSON.stringify(result) });
      scope.postMessage({ kind: 'end' });
      return;
    }
    const { metrics, ...rest } = result.dataset;
    const head = { ok: true, dataset: { ...rest, metrics: [] } };
    scope.postMessage({ kind: 'result', json: JSON.stringify(head) });
    for (let i = 0; i < metrics.length; i += METRICS_PER_MESSAGE) {
      const json = JSON.stringify(metrics.slice(i, i + METRICS_PER_MESSAGE));
      scope.postMessage({ kind: 'metrics', json });
    }
    scope.postMessage({ kind: 'end' });
  });
};
