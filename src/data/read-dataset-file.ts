import { decodeUtf8 } from './decode-text';
import { formatBytes, LIMITS } from './dataset-limits';
import type { DatasetResult } from './load-dataset';
import { parseDatasetCsv } from './parse-dataset-csv';
import { parseDatasetJson } from './parse-dataset-json';
import type { Agency } from './schema';

/** What is needed of a File; a test can pass a 50 MB "file" that holds no bytes. */
export interface DatasetFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const fail = (error: string): DatasetResult => ({ ok: false, errors: [error] });

/** By extension; otherwise by content: JSON starts with { or [, a CSV header has commas. */
export function formatOf(fileName: string, text: string): 'json' | 'csv' | null {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes(',') ? 'csv' : null;
}

export function parseDatasetText(
  text: string,
  fileName: string,
  defaultAgencies: readonly Agency[],
): DatasetResult {
  const format = formatOf(fileName, text);
  if (format === 'json') return parseDatasetJson(text);
  if (format === 'csv') return parseDatasetCsv(text, fileName, defaultAgencies);
  return fail('not a dataset: expected a .json file or a .csv file with a header line');
}

/**
 * A file the reader chose, to a validated dataset or to a list of problems; never throws.
 * The size is checked before anything is read; the bytes must be UTF-8.
 */
export async function readDatasetFile(
  file: DatasetFile,
  defaultAgencies: readonly Agency[],
): Promise<DatasetResult> {
  if (file.size > LIMITS.fileBytes) {
    return fail(
      `the file is ${formatBytes(file.size)}; the limit is ${formatBytes(LIMITS.fileBytes)}`,
    );
  }
  if (file.size === 0) return fail('the file is empty');
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes.length > LIMITS.fileBytes) {
      return fail(`the file is larger than ${formatBytes(LIMITS.fileBytes)}`);
    }
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) return fail(decoded.error);
    return parseDatasetText(decoded.text, file.name, defaultAgencies);
  } catch (error) {
    return fail(`the file could not be read: ${error instanceof Error ? error.message : error}`);
  }
}
