/**
 * Sane bounds for a dataset someone opens. The article's own data sits far inside them
 * (33 figures, titles of at most 72 characters, quotes of at most 49); they exist so that a
 * hostile or broken file is refused with a message instead of freezing the page.
 */
export const LIMITS = {
  /** Checked on File.size, before a single byte is read. */
  fileBytes: 64 * 1024 * 1024,
  /** The format needs 5 levels (metrics[i].period.label.zh); anything deeper is not a dataset. */
  jsonDepth: 32,
  metrics: 100_000,
  agencies: 500,
  events: 500,
  agenciesPerMetric: 50,
  /** Titles, names, labels, period labels, outlet, author. */
  labelChars: 200,
  quoteChars: 1000,
  valueTextChars: 40,
  idChars: 80,
  urlChars: 2000,
  /** A thousand trillion: above any count or yuan amount a report gives, below float trouble. */
  absValue: 1e15,
  firstDate: '1900-01-01',
  lastDate: '2100-12-31',
} as const;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
