import type { Dataset, Metric, Period, TimelineEvent } from '@/data/schema';
import type { FilterState, ViewFilter, YearFilter } from './filter-state';

/**
 * The year rule: a figure belongs to every year its period overlaps. "2023年以来" (since
 * 2023, to publication in 2024) is shown under 2023 and under 2024, always with its
 * period printed next to it; it is never relabelled as "2023". A figure whose start the
 * article does not state is shown only under "all years".
 */
export function periodOverlapsYear(period: Period, year: YearFilter): boolean {
  if (year === 'all') return true;
  if (period.start === null) return false;
  return period.start <= `${year}-12-31` && period.end >= `${year}-01-01`;
}

/** Does the figure's period cover more than the selected year? Then the chart says so. */
export function periodSpansBeyondYear(period: Period, year: YearFilter): boolean {
  if (year === 'all' || period.start === null) return false;
  return period.start < `${year}-01-01` || period.end > `${year}-12-31`;
}

export function metricMatches(metric: Metric, filter: ViewFilter): boolean {
  if (!periodOverlapsYear(metric.period, filter.year)) return false;
  if (filter.categories.length > 0 && !filter.categories.includes(metric.category)) return false;
  if (filter.agencies.length > 0 && !metric.agencies.some((a) => filter.agencies.includes(a))) {
    return false;
  }
  return true;
}

export function selectMetrics(dataset: Dataset, filter: ViewFilter): Metric[] {
  return dataset.metrics.filter((m) => metricMatches(m, filter));
}

/** Events are dated, not attributed: only the year filter applies to them. */
export function selectEvents(dataset: Dataset, filter: Pick<FilterState, 'year'>): TimelineEvent[] {
  return (
    dataset.events
      .filter((e) => filter.year === 'all' || e.date.startsWith(`${filter.year}-`))
      // ISO dates sort as strings. Not localeCompare: its first call loads ICU's collation
      // (~50 ms on a slow phone, during hydration).
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  );
}
