import { describe, expect, it } from 'vitest';
import { isSameChartOption } from '@/charts/same-chart-option';
import type { ChartOption } from '@/charts/echarts-option-type';

const option = (values: number[], formatter = (v: number) => String(v)): ChartOption => ({
  xAxis: { type: 'value', axisLabel: { formatter } },
  series: [{ type: 'bar', data: values.map((value) => ({ value, metricId: `m${value}` })) }],
});

describe('isSameChartOption', () => {
  it('treats a rebuilt option with the same data as the same chart', () => {
    expect(isSameChartOption(option([1, 2]), option([1, 2]))).toBe(true);
  });

  it('sees a changed value, an added bar and a changed order', () => {
    expect(isSameChartOption(option([1, 2]), option([1, 3]))).toBe(false);
    expect(isSameChartOption(option([1, 2]), option([1, 2, 3]))).toBe(false);
    expect(isSameChartOption(option([1, 2]), option([2, 1]))).toBe(false);
  });
});
