import type { ChartOption } from './echarts-option-type';

/**
 * Whether two options draw the same chart. Functions (formatters) are left out: they are
 * rebuilt with every option but read only what the data and labels already carry, so equal
 * data means equal output. Lets a filter change skip the charts it does not touch.
 */
export function isSameChartOption(a: ChartOption, b: ChartOption): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
