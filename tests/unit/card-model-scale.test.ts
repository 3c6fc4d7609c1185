import { describe, expect, it } from 'vitest';
import { buildCardModel } from '@/charts/build-card-model';
import { CHART_SPECS } from '@/charts/chart-specs';
import { CHART_ROW_LIMIT } from '@/charts/limit-chart-rows';
import { articleDataset } from '@/data/article-dataset';
import { DEFAULT_STATE } from '@/state/filter-state';
import { selectEvents, selectMetrics } from '@/state/select-metrics';
import { generateDataset } from '../../scripts/bench/generate-dataset';
import { makeContext, view } from './fixtures/chart-view';

// 31 provinces × the article's figures, with ten years of copies: 10,230 figures.
const big = generateDataset(articleDataset, 10_230);
const metrics = selectMetrics(big, DEFAULT_STATE);
const events = selectEvents(big, DEFAULT_STATE);

describe('a chart card on a large dataset', () => {
  for (const locale of ['zh', 'en'] as const) {
    for (const spec of CHART_SPECS.filter((s) => s.kind === 'metrics')) {
      it(`${spec.id} (${locale}): draws at most ${CHART_ROW_LIMIT} bars, says so, and tables all`, () => {
        const model = buildCardModel(spec, metrics, events, big, makeContext(locale));
        const all = spec.kind === 'metrics' ? spec.select(metrics) : [];
        expect(model.count).toBe(all.length);
        expect(model.count).toBeGreaterThan(CHART_ROW_LIMIT);
        expect(model.drawnIds).toHaveLength(CHART_ROW_LIMIT);
        expect(model.tableRows?.()).toHaveLength(all.length);
        expect(model.subtitle).toContain(
          locale === 'zh'
            ? `绝对值最大的 ${CHART_ROW_LIMIT} 项`
            : `Showing the ${CHART_ROW_LIMIT} largest in size`,
        );
        const option = view(model.buildOption());
        const drawn = option.series.flatMap((s) =>
          s.data.flatMap((d) => (typeof d === 'object' ? [d.metricId] : [])),
        );
        expect(new Set(drawn)).toEqual(new Set(model.drawnIds));
        // The drawn bars are the largest: none left out is bigger than the smallest drawn.
        const drawnSet = new Set(model.drawnIds);
        const smallest = Math.min(
          ...all.filter((m) => drawnSet.has(m.id)).map((m) => Math.abs(m.value)),
        );
        for (const m of all)
          if (!drawnSet.has(m.id)) expect(Math.abs(m.value)).toBeLessThanOrEqual(smallest);
      });
    }
  }

  it('the article itself is drawn whole: no chart cuts a row', () => {
    const own = selectMetrics(articleDataset, DEFAULT_STATE);
    for (const spec of CHART_SPECS) {
      const model = buildCardModel(spec, own, [], articleDataset, makeContext('zh'));
      if (spec.kind === 'metrics') expect(model.drawnIds).toHaveLength(model.count);
      expect(model.subtitle).not.toContain('绝对值最大的');
    }
  });
});

describe('the timeline on a file with many events', () => {
  const first = articleDataset.events[0];
  if (!first) throw new Error('the article has events');
  const many = Array.from({ length: 100 }, (_, i) => ({
    ...first,
    id: `event-${i}`,
    date: `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  })).sort((a, b) => a.date.localeCompare(b.date));
  const spec = CHART_SPECS.find((s) => s.kind === 'events');
  if (!spec) throw new Error('no timeline');

  it('draws the latest 30, says so in both languages, and keeps all for the table and CSV', () => {
    for (const locale of ['zh', 'en'] as const) {
      const model = buildCardModel(spec, [], many, articleDataset, makeContext(locale));
      expect(model.count).toBe(100);
      expect(model.subtitle).toContain(
        locale === 'zh'
          ? '图中为最近的 30 个事件（共 100 个）'
          : 'Showing the latest 30 of 100 events',
      );
      const option = view(model.buildOption());
      const drawnDates = option.series[0]?.data.map(
        (d) => (d as unknown as { value: [string] }).value[0],
      );
      expect(drawnDates).toEqual(many.slice(-30).map((e) => e.date));
      expect(model.buildCsv().trim().split('\n')).toHaveLength(101);
    }
  });
});
