import { LIMITS } from './dataset-limits';
import { issueReason, tooManyItems } from './format-issue';
import { datasetSchema, type Dataset } from './schema';

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** One line per problem, e.g. `metrics[12].value: expected a number, got "2万余"`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

/** One problem, still with its path as keys, for callers that name places their own way (CSV rows). */
export interface DatasetProblem {
  path: readonly PropertyKey[];
  reason: string;
}

export type DatasetValidation =
  { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

/** Checking every figure of a file that has too many would take seconds to say no. */
function tooManyMetrics(input: unknown): DatasetProblem | null {
  if (typeof input !== 'object' || input === null || !('metrics' in input)) return null;
  const { metrics } = input;
  if (!Array.isArray(metrics) || metrics.length <= LIMITS.metrics) return null;
  return { path: ['metrics'], reason: tooManyItems(metrics.length, LIMITS.metrics) };
}

export function validateDataset(input: unknown): DatasetValidation {
  const tooMany = tooManyMetrics(input);
  if (tooMany) return { ok: false, problems: [tooMany] };
  const result = datasetSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, dataset: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: issue.path,
      reason: issueReason(issue),
    })),
  };
}

export function parseDataset(input: unknown): DatasetResult {
  const result = validateDataset(input);
  if (result.ok) return result;
  return {
    ok: false,
    errors: result.problems.map(({ path, reason }) => {
      const where = formatIssuePath(path);
      return where ? `${where}: ${reason}` : reason;
    }),
  };
}

/** For data we ship: a broken file is a build error, reported in full. */
export function parseDatasetOrThrow(input: unknown): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new Error(`Invalid dataset:\n${result.errors.join('\n')}`);
  return result.dataset;
}
