import type { Metric } from '@/data/schema';

/**
 * Most bars a chart draws. The article's largest chart has 24; a big opened file would make
 * a chart tens of thousands of pixels tall and as slow to draw. Its table lists every row.
 */
export const CHART_ROW_LIMIT = 30;

/**
 * The rows a chart draws: all of them up to `limit`, else the `limit` largest in size
 * (|value|, so the steepest declines stay), still in the order the chart gave them.
 */
export function limitChartRows(rows: readonly Metric[], limit = CHART_ROW_LIMIT): Metric[] {
  if (rows.length <= limit) return [...rows];
  // Plain loops over a typed array: a large file gives tens of thousands of rows per chart.
  const sizes = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) sizes[i] = Math.abs(rows[i]?.value ?? 0);
  const sorted = sizes.slice().sort();
  const threshold = sorted[sorted.length - limit] ?? 0;
  // Rows above the threshold all fit; ties at it fill what is left, first come first.
  let tiesLeft = limit;
  for (const size of sizes) if (size > threshold) tiesLeft--;
  const kept: Metric[] = [];
  for (let i = 0; i < rows.length; i++) {
    const size = sizes[i] ?? 0;
    if (size > threshold || (size === threshold && tiesLeft-- > 0)) kept.push(rows[i] as Metric);
  }
  return kept;
}
