import { useCallback, useEffect, useRef, useState } from 'react';
import articleDataset from 'virtual:article-dataset';
import type { DatasetResult } from '@/data/load-dataset';
import type { Dataset } from '@/data/schema';

export type FileStatus =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; errors: string[] };

/** The checker (zod and the parsers) loads only when a file is opened, not at first paint. */
async function checkFile(file: File): Promise<DatasetResult> {
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
