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

export function selectHeadlines(metrics: readonly Metric[]): Metric[] {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  return HEADLINE_IDS.flatMap((id) => byId.get(id) ?? []);
}
