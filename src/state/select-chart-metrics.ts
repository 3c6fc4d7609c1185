import { CATEGORIES } from '@/data/vocabulary';
import type { Metric } from '@/data/schema';

/** Each chart's share of the filtered figures. Pure; the charts never filter for themselves. */

export function selectYoyMetrics(metrics: Metric[]): Metric[] {
  return metrics.filter((m) => m.kind === 'yoy-change').sort((a, b) => b.value - a.value);
}

const INTERCEPT_CATEGORIES = new Set(['prevention', 'warning']);

export function selectInterceptMetrics(metrics: Metric[]): Metric[] {
  return metrics
    .filter((m) => INTERCEPT_CATEGORIES.has(m.category) && m.kind === 'count')
    .sort((a, b) => b.value - a.value);
}

export function selectFundsMetrics(metrics: Metric[]): Metric[] {
  return metrics.filter((m) => m.kind === 'amount').sort((a, b) => b.value - a.value);
}

/** Counts only: amounts and rates have their own charts and cannot share a count axis. */
export function selectCategoryMetrics(metrics: Metric[]): Metric[] {
  const order = (m: Metric) => CATEGORIES.indexOf(m.category);
  return metrics
    .filter((m) => m.kind === 'count')
    .sort((a, b) => order(a) - order(b) || b.value - a.value);
}

export const CASE_GROUP = 'case-2022-9-9';

export function selectCaseMetrics(metrics: Metric[]): Metric[] {
  return metrics.filter((m) => m.group === CASE_GROUP && m.kind === 'count');
}
