import { describe, expect, it } from 'vitest';
import type { ChartOption } from '@/charts/echarts-option-type';
import { withShapeIds } from '@/charts/shape-ids';

type WithId = { id?: string };
const idOf = (value: unknown): string | undefined => (value as WithId).id;
const seriesIds = (option: ChartOption) => (option.series as WithId[]).map((s) => s.id);

const bars = (values: number[], extra: Record<string, unknown> = {}): ChartOption => ({
  xAxis: { type: 'log', min: 1, axisLabel: { color: '#333' } },
  yAxis: { type: 'category', data: values.map(String) },
  series: [{ type: 'bar', data: values, label: { show: true }, ...extra }],
});

describe('withShapeIds', () => {
  it('gives a component the same id when only its values and arrays change', () => {
    const a = withShapeIds(bars([1, 2]));
    const b = withShapeIds(bars([5, 6, 7]));
    expect(idOf(a.xAxis)).toBe(idOf(b.xAxis));
    expect(idOf(a.yAxis)).toBe(idOf(b.yAxis));
    expect(seriesIds(a)).toEqual(seriesIds(b));
  });

  it('gives a new id when a key is added, dropped or nested differently', () => {
    const plain = seriesIds(withShapeIds(bars([1])));
    expect(seriesIds(withShapeIds(bars([1], { markLine: { data: [] } })))).not.toEqual(plain);
    expect(seriesIds(withShapeIds(bars([1], { label: true })))).not.toEqual(plain);
    const noMin = withShapeIds({ ...bars([1]), xAxis: { type: 'log', axisLabel: {} } });
    expect(idOf(noMin.xAxis)).not.toBe(idOf(withShapeIds(bars([1])).xAxis));
  });

  it('gives a new id when the type changes, even with the same keys', () => {
    const log = withShapeIds({ xAxis: { type: 'log', min: 1 } });
    const linear = withShapeIds({ xAxis: { type: 'value', min: 1 } });
    expect(idOf(log.xAxis)).not.toBe(idOf(linear.xAxis));
  });

  it('tells apart same-shaped components by their position', () => {
    const option = withShapeIds({
      series: [
        { type: 'bar', data: [1] },
        { type: 'bar', data: [2] },
      ],
    });
    const [first, second] = seriesIds(option);
    expect(first).toBeDefined();
    expect(first).not.toBe(second);
  });

  it('leaves the option it was given and the components it does not replace alone', () => {
    const option = bars([1]);
    const tooltip = { trigger: 'item' as const };
    const shaped = withShapeIds({ ...option, tooltip });
    expect(idOf(option.xAxis)).toBeUndefined();
    expect(shaped.tooltip).toBe(tooltip);
  });
});
