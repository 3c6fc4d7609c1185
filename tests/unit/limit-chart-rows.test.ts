import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limitChartRows } from '@/charts/limit-chart-rows';
import type { Metric } from '@/data/schema';
import { makeMetric } from './fixtures/synthetic-dataset';

const rows = (values: number[]): Metric[] =>
  values.map((value, i) => makeMetric(`m${i}`, { value }));
const ids = (metrics: Metric[]) => metrics.map((m) => m.id);

describe('limitChartRows', () => {
  it('keeps every row up to the limit', () => {
    expect(ids(limitChartRows(rows([3, 1, 2]), 3))).toEqual(['m0', 'm1', 'm2']);
  });

  it('keeps the largest in size, declines included, in the order given', () => {
    expect(ids(limitChartRows(rows([5, -40, 1, 30, 2]), 3))).toEqual(['m0', 'm1', 'm3']);
  });

  it('fills ties at the cut first come first, never beyond the limit', () => {
    expect(ids(limitChartRows(rows([1, 7, 7, 7, 2]), 2))).toEqual(['m1', 'm2']);
  });

  it('always returns min(limit, n) rows, none smaller than a row it dropped', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 80 }),
        fc.integer({ min: 1, max: 40 }),
        (values, limit) => {
          const all = rows(values);
          const kept = limitChartRows(all, limit);
          expect(kept).toHaveLength(Math.min(limit, all.length));
          const keptIds = new Set(ids(kept));
          const smallestKept = Math.min(...kept.map((m) => Math.abs(m.value)));
          for (const m of all) {
            if (!keptIds.has(m.id)) expect(Math.abs(m.value)).toBeLessThanOrEqual(smallestKept);
          }
          // Order preserved: kept ids appear in the input's order.
          expect(ids(all).filter((id) => keptIds.has(id))).toEqual(ids(kept));
        },
      ),
    );
  });
});
