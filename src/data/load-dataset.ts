import { datasetSchema, type Dataset } from './schema';

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** One line per problem, e.g. `metrics[12].value: expected number, received string`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

export function parseDataset(input: unknown): DatasetResult {
  const result = datasetSchema.safeParse(input);
  if (result.success) return { ok: true, dataset: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => {
      const where = formatIssuePath(issue.path);
      return where ? `${where}: ${issue.message}` : issue.message;
    }),
  };
}

/** For data we ship: a broken file is a build error, reported in full. */
export function parseDatasetOrThrow(input: unknown): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new Error(`Invalid dataset:\n${result.errors.join('\n')}`);
  return result.dataset;
}
