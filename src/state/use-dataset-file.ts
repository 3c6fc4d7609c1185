import { useCallback, useEffect, useRef, useState } from 'react';
import articleDataset from 'virtual:article-dataset';
import type { DatasetWorkerMessage, DatasetWorkerRequest } from '@/data/dataset-worker';
import type { DatasetResult } from '@/data/load-dataset';
import type { Dataset, Metric } from '@/data/schema';

export type FileStatus =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; errors: string[] };

/** Reads and checks the file in a worker (see dataset-worker.ts). */
function checkFileInWorker(file: File): Promise<DatasetResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../data/dataset-worker.ts', import.meta.url), {
      type: 'module',
    });
    let result: DatasetResult | null = null;
    const metrics: Metric[] = [];
    // Each message is parsed in its own task, so the page stays responsive meanwhile.
    worker.onmessage = (event: MessageEvent<DatasetWorkerMessage>) => {
      const message = event.data;
      if (message.kind === 'result') result = JSON.parse(message.json) as DatasetResult;
      else if (message.kind === 'metrics') {
        for (const m of JSON.parse(message.json) as Metric[]) metrics.push(m);
      } else {
        worker.terminate();
        if (!result) reject(new Error('the file checker sent no result'));
        else resolve(result.ok ? { ok: true, dataset: { ...result.dataset, metrics } } : result);
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the file checker stopped'));
    };
    const request: DatasetWorkerRequest = { file, defaultAgencies: articleDataset.agencies };
    worker.postMessage(request);
  });
}

/**
 * The checker (zod and the parsers) loads only when a file is opened, not at first paint, in
 * a worker; where no worker can start, on the page's thread.
 */
async function checkFile(file: File): Promise<DatasetResult> {
  if (typeof Worker !== 'undefined') {
    try {
      return await checkFileInWorker(file);
    } catch {
      // Fall through: the same check, on this thread.
    }
  }
  try {
    const { readDatasetFile } = await import('@/data/read-dataset-file');
    return await readDatasetFile(file, articleDataset.agencies);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`the file checker could not be loaded: ${reason}`] };
  }
}

/**
 * Opening a file: valid, it goes to `onValid` whole; refused, only the status changes and the
 * view on screen is left exactly as it was. A file chosen while another is being checked wins.
 */
export function useDatasetFile(
  onValid: (dataset: Dataset, fileName: string) => void,
  oneFileOnly: string,
) {
  const [status, setStatus] = useState<FileStatus>({ kind: 'idle' });
  const latest = useRef(0);
  const onValidRef = useRef(onValid);
  useEffect(() => {
    onValidRef.current = onValid;
  }, [onValid]);

  const openFiles = useCallback(
    async (files: readonly File[]) => {
      const request = ++latest.current;
      const [file] = files;
      if (!file) return;
      if (files.length > 1) {
        const names = files.map((f) => f.name).join(', ');
        setStatus({ kind: 'refused', fileName: names, errors: [oneFileOnly] });
        return;
      }
      setStatus({ kind: 'reading', fileName: file.name });
      const result = await checkFile(file);
      if (request !== latest.current) return;
      if (result.ok) {
        setStatus({ kind: 'idle' });
        onValidRef.current(result.dataset, file.name);
      } else {
        setStatus({ kind: 'refused', fileName: file.name, errors: result.errors });
      }
    },
    [oneFileOnly],
  );
  const dismiss = useCallback(() => setStatus({ kind: 'idle' }), []);
  return { status, openFiles, dismiss };
}
