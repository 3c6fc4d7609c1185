/**
 * The columns of a dataset CSV: one row per figure. Each metric column names the JSON field
 * it fills, so an error found by the schema is reported as "row 14, value", not as a path.
 * Source columns are read from the first data row (row 2) and may be left empty below it.
 */
export interface CsvColumn {
  name: string;
  required: boolean;
  /** The field of a metric it fills, as a dotted path; absent for source columns. */
  field?: string;
}

export const METRIC_COLUMNS: readonly CsvColumn[] = [
  { name: 'id', required: true, field: 'id' },
  { name: 'title_zh', required: true, field: 'title.zh' },
  { name: 'title_en', required: true, field: 'title.en' },
  { name: 'value', required: true, field: 'value' },
  { name: 'value_text', required: true, field: 'valueText' },
  { name: 'unit', required: true, field: 'unit' },
  { name: 'unit_zh', required: true, field: 'unitLabel.zh' },
  { name: 'unit_en', required: true, field: 'unitLabel.en' },
  { name: 'kind', required: true, field: 'kind' },
  { name: 'qualifier', required: true, field: 'qualifier' },
  { name: 'period_type', required: true, field: 'period.type' },
  { name: 'period_start', required: true, field: 'period.start' },
  { name: 'period_end', required: true, field: 'period.end' },
  { name: 'period_zh', required: true, field: 'period.label.zh' },
  { name: 'period_en', required: true, field: 'period.label.en' },
  { name: 'agencies', required: true, field: 'agencies' },
  { name: 'category', required: true, field: 'category' },
  { name: 'group', required: false, field: 'group' },
  { name: 'quote', required: true, field: 'quote' },
];

/** Source fields, each with the column it comes from. */
export const SOURCE_COLUMNS: readonly CsvColumn[] = [
  { name: 'source_title', required: false },
  { name: 'source_title_en', required: false },
  { name: 'source_outlet_zh', required: false },
  { name: 'source_outlet_en', required: false },
  { name: 'source_url', required: true },
  { name: 'source_date', required: false },
];

export const CSV_COLUMNS: readonly CsvColumn[] = [...METRIC_COLUMNS, ...SOURCE_COLUMNS];

/** Where each source field of the schema is written in a CSV. */
export const SOURCE_FIELD_COLUMN: Record<string, string> = {
  title: 'source_title',
  titleEn: 'source_title_en',
  'outlet.zh': 'source_outlet_zh',
  'outlet.en': 'source_outlet_en',
  'repost.url': 'source_url',
  'repost.site': 'source_url',
  originalUrl: 'source_url',
  publishedAfter: 'source_date',
  publishedBy: 'source_date',
  'repost.postedAt': 'source_date',
};

/** Written where the CSV has no column for a source field. */
export const NOT_STATED = { zh: '未注明', en: 'not stated' } as const;
