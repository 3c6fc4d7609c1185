import { LIMITS } from './dataset-limits';
import { truncate } from './describe-value';
import { jsonDepthExceeds } from './json-depth';
import { parseDataset, type DatasetResult } from './load-dataset';

/** JSON text in the shape of data/ ({ source, agencies, metrics, events }) to a validated dataset. */
export function parseDatasetJson(text: string): DatasetResult {
  if (jsonDepthExceeds(text, LIMITS.jsonDepth)) {
    return {
      ok: false,
      errors: [
        `the JSON is nested more than ${LIMITS.jsonDepth} levels deep; a dataset needs 5 (metrics[i].period.label.zh)`,
      ],
    };
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`not valid JSON: ${truncate(reason, 160)}`] };
  }
  return parseDataset(input);
}
