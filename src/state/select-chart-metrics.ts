import { CATEGORIES } from '@/data/vocabulary';
import type { Metric } from '@/data/schema';

/**
 * Each chart's share of the filtered figures: which it keeps, and in what order it shows
 * them. Pure; the charts never filter for themselves. Kept apart so that a large file is
 * filtered in one pass and only the rows drawn are sorted (the table sorts all when opened).
 */
export interface ChartRowRule {
  keep: (metric: Metric) => boolean;
  /** Row order; null keeps the data's order. */
  order: ((a: Metric, b: Metric) => number) | null;
}

const largestFirst = (a: Metric, b: Metric) => b.value - a.value;

export const YOY_ROWS: ChartRowRule = {
  keep: (m) => m.kind === 'yoy-change',
  order: largestFirst,
};

const INTERCEPT_CATEGORIES = new Set(['prevention', 'warning']);

export const INTERCEPT_ROWS: ChartRowRule = {
  keep: (m) => INTERCEPT_CATEGORIES.has(m.category) && m.kind === 'count',
  order: largestFirst,
};

export const FUNDS_ROWS: ChartRowRule = {
  keep: (m) => m.kind === 'amount',
  order: largestFirst,
};

const CATEGORY_RANK = new Map(CATEGORIES.map((c, i) => [c, i]));

/** Counts only: amounts and rates have their own charts and cannot share a count axis. */
export const CATEGORY_ROWS: ChartRowRule = {
  keep: (m) => m.kind === 'count',
  order: (a, b) =>
    (CATEGORY_RANK.get(a.category) ?? 0) - (CATEGORY_RANK.get(b.category) ?? 0) ||
    b.value - a.value,
};

export const CASE_GROUP = 'case-2022-9-9';

export const CASE_ROWS: ChartRowRule = {
  keep: (m) => m.group === CASE_GROUP && m.kind === 'count',
  order: null,
};

/** The rule's rows in its order (a new array). */
export function orderRows(rows: readonly Metric[], rule: ChartRowRule): Metric[] {
  return rule.order ? [...rows].sort(rule.order) : [...rows];
}

export function selectRows(metrics: readonly Metric[], rule: ChartRowRule): Metric[] {
  return orderRows(metrics.filter(rule.keep), rule);
}
