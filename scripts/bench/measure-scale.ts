import articleDataset from 'virtual:article-dataset';
import { buildCardModel } from '@/charts/build-card-model';
import { CHART_SPECS } from '@/charts/chart-specs';
import { CHART_THEMES } from '@/charts/theme';
import { DEFAULT_STATE, type FilterState } from '@/state/filter-state';
import { selectEvents, selectMetrics } from '@/state/select-metrics';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDataset } from './generate-dataset';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(run: () => void, repeat: number): number {
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

export interface ScaleRow {
  records: number;
  selectMs: number;
  buildMs: number;
}

/** Selector and chart-option time for a filter change, at growing dataset sizes. */
export function measureScale(sizes: readonly number[]): ScaleRow[] {
  return sizes.map((records) => {
    const dataset = generateDataset(articleDataset, records);
    const filters: FilterState[] = [
      DEFAULT_STATE,
      { ...DEFAULT_STATE, year: 2023 },
      { ...DEFAULT_STATE, agencies: ['province-3-police'] },
      { ...DEFAULT_STATE, categories: ['prevention'] },
    ];
    const repeat = records >= 100_000 ? 5 : 15;
    const selectMs =
      time(() => filters.forEach((f) => selectMetrics(dataset, f)), repeat) / filters.length;
    const ctx = {
      locale: 'zh' as const,
      theme: CHART_THEMES.light,
      year: 'all' as const,
      compact: false,
    };
    const metrics = selectMetrics(dataset, { ...DEFAULT_STATE, year: 2023 });
    const events = selectEvents(dataset, DEFAULT_STATE);
    const buildMs = time(() => {
      for (const spec of CHART_SPECS)
        buildCardModel(spec, metrics, events, dataset, ctx).buildOption();
    }, repeat);
    return { records, selectMs, buildMs };
  });
}

/** Generated files of each size, as JSON in `dir`, for the browser half of the scale test. */
export function writeScaleFiles(dir: string, sizes: readonly number[]): string[] {
  return sizes.map((records) => {
    const file = join(dir, `generated-${records}.json`);
    writeFileSync(file, JSON.stringify(generateDataset(articleDataset, records)));
    return file;
  });
}
