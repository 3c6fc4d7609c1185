import { datasetToCsv } from './dataset-to-csv';
import type { Dataset } from './schema';

/** One figure of each shape: at-least count, change in percent, yuan amount, a case group, no agency. */
const TEMPLATE_METRICS = [
  'numbers-blacklisted',
  'yoy-arrests',
  'funds-stopped',
  'case-2022-suspects',
  'yoy-cases-2023',
];
const TEMPLATE_EVENTS = ['coordination-meeting'];

/** A small valid dataset cut from the article's: a starting point to edit, not an empty form. */
export function templateDataset(article: Dataset): Dataset {
  const metrics = article.metrics.filter((m) => TEMPLATE_METRICS.includes(m.id));
  const used = new Set(metrics.flatMap((m) => m.agencies));
  return {
    source: article.source,
    agencies: article.agencies.filter((a) => used.has(a.id)),
    metrics,
    events: article.events.filter((e) => TEMPLATE_EVENTS.includes(e.id)),
  };
}

export const TEMPLATE_FILE_NAMES = {
  json: 'dataset-template.json',
  csv: 'dataset-template.csv',
} as const;

export function templateFiles(article: Dataset): { json: string; csv: string } {
  const template = templateDataset(article);
  return { json: `${JSON.stringify(template, null, 2)}\n`, csv: datasetToCsv(template) };
}
