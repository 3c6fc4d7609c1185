/**
 * npm run data:check -- FILE : validates a dataset file (JSON or CSV) exactly as the page's
 * "Open dataset…" does, with the same messages; exits 1 when the file is refused.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { articleDataset } from '../src/data/article-dataset';
import { readDatasetFile } from '../src/data/read-dataset-file';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run data:check -- FILE.json|FILE.csv');
  process.exit(2);
}
let size: number;
try {
  size = (await stat(file)).size;
} catch (error) {
  console.error(`${file}: cannot be read: ${(error as Error).message}`);
  process.exit(1);
}
const result = await readDatasetFile(
  {
    name: basename(file),
    size,
    arrayBuffer: async () => {
      const bytes = await readFile(file);
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    },
  },
  articleDataset.agencies,
);
if (result.ok) {
  console.log(`${file}: valid (${result.dataset.metrics.length} figures)`);
} else {
  console.error(`${file}: ${result.errors.length} problem(s)`);
  for (const line of result.errors) console.error(`  ${line}`);
  process.exit(1);
}
