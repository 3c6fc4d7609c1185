import { useCallback, useEffect, useRef, useState } from 'react';
import articleDataset from 'virtual:article-dataset';
import type { DatasetWorkerMessage, DatasetWorkerRequest } from '@/data/dataset-worker';
import type { DatasetResult } from '@/data/load-dataset';
import type { Dataset, Metric } from '@/data/schema';

export type FileStatus =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; errors: string[] };

interface Check {
  result: Promise<DatasetResult>;
  /** Stops a check whose answer is no longer wanted (another file was chosen). */
  cancel: () => void;
}

/** Reads and checks the file in a worker (see dataset-worker.ts). */
function checkFileInWorker(file: File): Check {
  const worker = new Worker(new URL('../data/dataset-worker.ts', import.meta.url), {
    type: 'module',
  });
  const result = new Promise<DatasetResult>((resolve, reject) => {
    let head: DatasetResult | null = null;
    const metrics: Metric[] = [];
    // Each message is parsed in its own task, so the page stays responsive meanwhile.
    worker.onmessage = (event: MessageEvent<DatasetWorkerMessage>) => {
      const message = event.data;
      if (message.kind === 'result') head = JSON.parse(message.json) as DatasetResult;
      else if (message.kind === 'metrics') {
        for (const m of JSON.parse(message.json) as Metric[]) metrics.push(m);
      } else {
        worker.terminate();
        if (!head) reject(new Error('the file checker sent no result'));
        else resolve(head.ok ? { ok: true, dataset: { ...head.dataset, metrics } } : head);
      }
    };
    const fail = (reason: string) => {
      worker.terminate();
      reject(new Error(reason));
    };
    worker.onerror = (event) => fail(event.message || 'the file checker stopped');
    worker.onmessageerror = () => fail('the file checker sent an unreadable message');
    const request: DatasetWorkerRequest = { file, defaultAgencies: articleDataset.agencies };
    worker.postMessage(request);
  });
  return { result, cancel: () => worker.terminate() };
}

/** The same check on this thread, for where no worker can start. */
async function checkFileHere(file: File): Promise<DatasetResult> {
  try {
    const { readDatasetFile } = await import('@/data/read-dataset-file');
    return await readDatasetFile(file, articleDataset.agencies);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`the file checker could not be loaded: ${reason}`] };
  }
}

/**
 * The checker (zod and the parsers) loads only when a file is opened, not at first paint, in
 * a worker; where no worker can start (or it fails), on the page's thread.
 */
function checkFile(file: File): Check {
  if (typeof Worker === 'undefined') return { result: checkFileHere(file), cancel: () => {} };
  let inWorker: Check;
  try {
    inWorker = checkFileInWorker(file);
  } catch {
    return { result: checkFileHere(file), cancel: () => {} };
  }
  return { result: inWorker.result.catch(() => checkFileHere(file)), cancel: inWorker.cancel };
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
  const running = useRef<Check | null>(null);
  const onValidRef = useRef(onValid);
  useEffect(() => {
    onValidRef.current = onValid;
  }, [onValid]);

  const openFiles = useCallback(
    async (files: readonly File[]) => {
      const [file] = files;
      // Nothing chosen (an empty drop): the check under way, if any, goes on.
      if (!file) return;
      const request = ++latest.current;
      running.current?.cancel();
      running.current = null;
      if (files.length > 1) {
        const names = files.map((f) => f.name).join(', ');
        setStatus({ kind: 'refused', fileName: names, errors: [oneFileOnly] });
        return;
      }
      setStatus({ kind: 'reading', fileName: file.name });
      const check = checkFile(file);
      running.current = check;
      const result = await check.result;
      if (request !== latest.current) return;
      running.current = null;
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
