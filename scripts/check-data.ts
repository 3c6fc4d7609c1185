/** npm run data:check -- FILE : validates a dataset JSON file with the app's own schema. */
import { readFileSync } from 'node:fs';
import { parseDataset } from '../src/data/load-dataset';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run data:check -- FILE.json');
  process.exit(2);
}
let input: unknown;
try {
  input = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`${file}: not readable as JSON: ${(error as Error).message}`);
  process.exit(1);
}
const result = parseDataset(input);
if (result.ok) {
  console.log(`${file}: valid (${result.dataset.metrics.length} figures)`);
} else {
  console.error(`${file}: ${result.errors.length} problem(s)`);
  for (const line of result.errors) console.error(`  ${line}`);
  process.exit(1);
}
