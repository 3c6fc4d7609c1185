import { buildCsv } from '@/export/build-csv';
import { formatAgencyCell, type AgencyEntry } from './csv-agencies';
import { CSV_COLUMNS } from './csv-columns';
import type { Dataset, Metric } from './schema';

function metricCells(metric: Metric, agencies: AgencyEntry[]): Record<string, string | number> {
  return {
    id: metric.id,
    title_zh: metric.title.zh,
    title_en: metric.title.en,
    value: metric.value,
    value_text: metric.valueText,
    unit: metric.unit,
    unit_zh: metric.unitLabel.zh,
    unit_en: metric.unitLabel.en,
    kind: metric.kind,
    qualifier: metric.qualifier,
    period_type: metric.period.type,
    period_start: metric.period.start ?? '',
    period_end: metric.period.end,
    period_zh: metric.period.label.zh,
    period_en: metric.period.label.en,
    agencies: formatAgencyCell(agencies),
    category: metric.category,
    group: metric.group ?? '',
    quote: metric.quote,
  };
}

/**
 * A dataset's figures as the CSV that parseDatasetCsv reads back: each agency is defined
 * (`id=中文名|English name`) where it first appears, the source fills the first row. Events
 * have no CSV form. Used for the CSV template.
 */
export function datasetToCsv(dataset: Dataset): string {
  const names = new Map(dataset.agencies.map((a) => [a.id, a.name]));
  const defined = new Set<string>();
  const { source } = dataset;
  const rows = dataset.metrics.map((metric, i) => {
    const agencies = metric.agencies.map((id): AgencyEntry => {
      const name = defined.has(id) ? undefined : names.get(id);
      defined.add(id);
      return name ? { id, name } : { id };
    });
    const sourceCells: Record<string, string> =
      i === 0
        ? {
            source_title: source.title,
            source_title_en: source.titleEn,
            source_outlet_zh: source.outlet.zh,
            source_outlet_en: source.outlet.en,
            source_url: source.originalUrl ?? source.repost.url,
            source_date: source.publishedBy,
          }
        : {};
    const cells = { ...metricCells(metric, agencies), ...sourceCells };
    return CSV_COLUMNS.map((column) => cells[column.name] ?? '');
  });
  return buildCsv(
    CSV_COLUMNS.map((c) => c.name),
    rows,
  );
}
