import type { Metric } from '@/data/schema';

/** Which figures lead the page, in order. Ids only: their words and numbers come from the data. */
export const HEADLINE_IDS = [
  'funds-stopped',
  'warnings-issued',
  'calls-intercepted',
  'yoy-cases-2023',
  'yoy-cases-2024-ytd',
  'dissuasions',
  'numbers-blacklisted',
  'sim-cards-cleared',
] as const;

const HEADLINE_SET: ReadonlySet<string> = new Set(HEADLINE_IDS);

/** One pass that keeps only the few wanted: a large file has 100,000 figures to look through. */
export function selectHeadlines(metrics: readonly Metric[]): Metric[] {
  const byId = new Map<string, Metric>();
  for (const m of metrics) if (HEADLINE_SET.has(m.id)) byId.set(m.id, m);
  return HEADLINE_IDS.flatMap((id) => byId.get(id) ?? []);
}
