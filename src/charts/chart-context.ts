import type { Agency } from '@/data/schema';
import type { Locale } from '@/i18n/locale';
import type { YearFilter } from '@/state/filter-state';
import type { ChartTheme } from './theme';

/** Everything a chart builder may depend on besides its rows. */
export interface ChartContext {
  locale: Locale;
  theme: ChartTheme;
  year: YearFilter;
  /** A phone-width card: narrower row labels, smaller text. */
  compact: boolean;
  /** The dataset's agencies, to tell apart rows with the same title. */
  agencies?: readonly Agency[];
}

/** Extra fields ECharts hands back in click events, so a bar leads to its figure. */
export interface MetricDatum {
  value: number;
  metricId: string;
  /** The bar's label as shown, e.g. "2万余个号码": kept on the datum so tests can read it. */
  labelText: string;
}

export function isMetricDatum(data: unknown): data is MetricDatum {
  return (
    typeof data === 'object' && data !== null && typeof (data as MetricDatum).metricId === 'string'
  );
}
