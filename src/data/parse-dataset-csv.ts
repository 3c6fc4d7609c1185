import { CSV_COLUMNS, METRIC_COLUMNS, SOURCE_FIELD_COLUMN } from './csv-columns';
import { LIMITS } from './dataset-limits';
import { csvToDataset, type CsvDataset, type CsvHeader } from './csv-to-dataset';
import { formatIssuePath, validateDataset, type DatasetResult } from './load-dataset';
import { parseCsv, type CsvRecord } from './parse-csv';
import type { Agency } from './schema';

const KNOWN = new Set(CSV_COLUMNS.map((c) => c.name));

function readHeader({ line, cells }: CsvRecord): { header: CsvHeader; errors: string[] } {
  const header: CsvHeader = new Map();
  const errors: string[] = [];
  cells.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    if (name === '') return;
    if (!KNOWN.has(name)) errors.push(`line ${line}: unknown column "${name.slice(0, 40)}"`);
    else if (header.has(name)) errors.push(`line ${line}: column "${name}" appears twice`);
    else header.set(name, i);
  });
  for (const column of CSV_COLUMNS) {
    if (column.required && !header.has(column.name)) {
      errors.push(`line ${line}: missing column "${column.name}"`);
    }
  }
  if (errors.length > 0) {
    errors.push(`the columns are: ${CSV_COLUMNS.map((c) => c.name).join(', ')}`);
  }
  return { header, errors };
}

function fieldCountErrors(records: readonly CsvRecord[], width: number): string[] {
  return records.flatMap(({ line, cells }) =>
    cells.length === width
      ? []
      : [
          `line ${line}: ${cells.length} fields, but the header has ${width}; a comma inside a text must be in double quotes`,
        ],
  );
}

/** Names the cell a schema problem is in: "line 14, value" rather than "metrics[12].value". */
function locate(path: readonly PropertyKey[], csv: CsvDataset, lineOf: (i: number) => number) {
  const [list, index, ...rest] = path;
  const field = rest.filter((k) => typeof k === 'string').join('.');
  if (list === 'metrics' && typeof index === 'number') {
    const column = METRIC_COLUMNS.find((c) => c.field === field)?.name;
    const where = column ?? (field === 'period' ? 'period_start, period_end' : field);
    return where ? `line ${lineOf(index)}, ${where}` : `line ${lineOf(index)}`;
  }
  if (list === 'source') {
    const key = path.slice(1).join('.');
    return `line ${lineOf(0)}, ${SOURCE_FIELD_COLUMN[key] ?? `source.${key}`}`;
  }
  if (list === 'agencies' && typeof index === 'number') {
    const id = csv.agencyIds[index] ?? '';
    const line = csv.agencyLines.get(id);
    const what = `agencies ("${id.slice(0, 40)}"${field ? ` ${field}` : ''})`;
    return line === undefined ? what : `line ${line}, ${what}`;
  }
  if (list === 'metrics' && index === undefined) return 'figures';
  return formatIssuePath(path);
}

/**
 * A CSV of figures (columns in csv-columns.ts) to a validated dataset, through the same zod
 * schema as the JSON files. Agencies the file names without defining come from `defaultAgencies`.
 */
export function parseDatasetCsv(
  text: string,
  fileName: string,
  defaultAgencies: readonly Agency[],
): DatasetResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const [headerRecord, ...records] = parsed.records;
  if (!headerRecord) return { ok: false, errors: ['the file has no rows'] };
  const { header, errors: headerErrors } = readHeader(headerRecord);
  if (headerErrors.length > 0) return { ok: false, errors: headerErrors };
  if (records.length === 0) return { ok: false, errors: ['the file has a header but no figures'] };
  if (records.length > LIMITS.metrics) {
    const rows = records.length.toLocaleString('en');
    return {
      ok: false,
      errors: [`too many figures: ${rows} rows, at most ${LIMITS.metrics.toLocaleString('en')}`],
    };
  }
  const countErrors = fieldCountErrors(records, headerRecord.cells.length);
  if (countErrors.length > 0) return { ok: false, errors: countErrors };

  const csv = csvToDataset(header, records, fileName, defaultAgencies);
  const result = validateDataset(csv.input);
  if (result.ok && csv.errors.length === 0) return result;
  const lineOf = (i: number) => records[i]?.line ?? 0;
  const problems = result.ok ? [] : result.problems;
  return {
    ok: false,
    errors: [
      ...csv.errors,
      ...problems.map(({ path, reason }) => `${locate(path, csv, lineOf)}: ${reason}`),
    ],
  };
}
