import { collectAgencies, parseAgencyCell, type AgencyEntry } from './csv-agencies';
import { NOT_STATED } from './csv-columns';
import type { CsvRecord } from './parse-csv';
import type { Agency } from './schema';

/** A header row checked and indexed: column name → position. */
export type CsvHeader = Map<string, number>;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A cell as a number when it is written as one (no thousands separators, no units); otherwise
 * the text itself, so that the schema reports `expected a number, got "NaN"`.
 */
export function csvNumber(cell: string): number | string {
  const trimmed = cell.trim();
  return NUMBER.test(trimmed) ? Number(trimmed) : cell;
}

/** Undoes the spreadsheet formula guard of our own CSV export ('=…, '+…, '-…, '@…). */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function cellReader(header: CsvHeader, row: readonly string[]) {
  return (name: string): string => {
    const at = header.get(name);
    return at === undefined ? '' : unguard(row[at] ?? '');
  };
}

function buildMetric(cell: (name: string) => string, agencies: AgencyEntry[]) {
  const group = cell('group').trim();
  const start = cell('period_start').trim();
  return {
    id: cell('id').trim(),
    title: { zh: cell('title_zh'), en: cell('title_en') },
    value: csvNumber(cell('value')),
    valueText: cell('value_text'),
    unit: cell('unit').trim(),
    unitLabel: { zh: cell('unit_zh'), en: cell('unit_en') },
    kind: cell('kind').trim(),
    qualifier: cell('qualifier').trim(),
    period: {
      type: cell('period_type').trim(),
      start: start === '' ? null : start,
      end: cell('period_end').trim(),
      label: { zh: cell('period_zh'), en: cell('period_en') },
    },
    agencies: agencies.map((a) => a.id),
    category: cell('category').trim(),
    ...(group === '' ? {} : { group }),
    quote: cell('quote'),
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

function buildSource(first: (name: string) => string, fileName: string, dates: string[]) {
  const url = first('source_url').trim();
  const date = first('source_date').trim() || [...dates].sort().at(-1) || '';
  const title = first('source_title') || fileName.replace(/\.[^.]*$/, '') || fileName;
  return {
    id: 'csv-source',
    title,
    titleEn: first('source_title_en') || title,
    outlet: {
      zh: first('source_outlet_zh') || NOT_STATED.zh,
      en: first('source_outlet_en') || NOT_STATED.en,
    },
    author: { ...NOT_STATED },
    publishedAfter: date,
    publishedBy: date,
    repost: { site: hostOf(url), url, postedAt: ISO_DATE.test(date) ? `${date}T00:00:00Z` : date },
    originalUrl: null,
  };
}

export interface CsvDataset {
  /** Shaped like a dataset, not yet validated. */
  input: unknown;
  /** Problems the schema cannot see: conflicting definitions, source columns below row 2. */
  errors: string[];
  /** The line that defined each agency taken from the file. */
  agencyLines: Map<string, number>;
  agencyIds: string[];
}

export function csvToDataset(
  header: CsvHeader,
  records: readonly CsvRecord[],
  fileName: string,
  defaultAgencies: readonly Agency[],
): CsvDataset {
  const lineOf = (i: number) => records[i]?.line ?? 0;
  const cells = records.map((record) => cellReader(header, record.cells));
  const agencyCells = cells.map((cell) => parseAgencyCell(cell('agencies')));
  const collected = collectAgencies(agencyCells, defaultAgencies, lineOf);
  const metrics = cells.map((cell, i) => buildMetric(cell, agencyCells[i] ?? []));
  const errors = [...collected.errors];
  const first = cells[0] ?? (() => '');
  for (const name of [...header.keys()].filter((n) => n.startsWith('source_'))) {
    cells.slice(1).forEach((cell, i) => {
      const value = cell(name);
      if (value !== '' && value !== first(name)) {
        errors.push(
          `line ${lineOf(i + 1)}, ${name}: source columns are read from the first figure's line only; leave this cell empty or repeat that value`,
        );
      }
    });
  }
  const dates = metrics.map((m) => m.period.end).filter((d) => ISO_DATE.test(d));
  return {
    input: {
      source: buildSource(first, fileName, dates),
      agencies: collected.agencies,
      metrics,
      events: [],
    },
    errors,
    agencyLines: new Map(
      [...collected.definedAt].map(([id, dataRow]) => [id, lineOf(dataRow)] as const),
    ),
    agencyIds: collected.agencies.map((a) => a.id),
  };
}
