import { describe, expect, it } from 'vitest';
import { buildTimelineChartOption } from '@/charts/build-timeline-chart-option';
import { CHART_SPECS, type MetricChartSpec } from '@/charts/chart-specs';
import type { ChartOption } from '@/charts/echarts-option-type';
import { CHART_THEMES, FONT_FAMILY, THEME_NAMES } from '@/charts/theme';
import { articleDataset } from '@/data/article-dataset';
import {
  buildExportOption,
  EXPORT_WIDTH,
  exportHeight,
  type ExportMeta,
} from '@/export/build-export-option';
import { STRINGS } from '@/i18n/strings';
import { makeContext, view } from './fixtures/chart-view';

const HEADER_AND_FOOTER = exportHeight(0);

function metaFor(themeName: (typeof THEME_NAMES)[number]): ExportMeta {
  return {
    title: '同比变化',
    subtitle: '2023年 · 单位：同比%，0为不变',
    sourceLine: STRINGS.zh.sourceLine(articleDataset.source.outlet.zh, articleDataset.source.title),
    theme: CHART_THEMES[themeName],
    fontFamily: FONT_FAMILY.zh,
  };
}

function chartOptions(themeName: (typeof THEME_NAMES)[number]): [string, ChartOption][] {
  const ctx = makeContext('zh', { theme: themeName });
  const out: [string, ChartOption][] = CHART_SPECS.filter(
    (s): s is MetricChartSpec => s.kind === 'metrics',
  ).map((s) => [s.id, s.build(s.select(articleDataset.metrics), ctx, s.title.zh)]);
  out.push([
    'timeline',
    buildTimelineChartOption(articleDataset.events, ctx, '时间线', '2024-05-01', '发稿'),
  ]);
  return out;
}

describe('exportHeight', () => {
  it('adds a header and a footer to the screen height', () => {
    expect(HEADER_AND_FOOTER).toBeGreaterThan(0);
    expect(exportHeight(400)).toBe(400 + HEADER_AND_FOOTER);
    expect(EXPORT_WIDTH).toBe(1200);
  });
});

describe.each(THEME_NAMES.map((t) => [t] as const))('buildExportOption, %s theme', (themeName) => {
  const meta = metaFor(themeName);

  it.each(chartOptions(themeName))('%s: stands alone on a solid background', (_id, option) => {
    const before = JSON.stringify(option);
    const exported = view(buildExportOption(option, meta));
    const original = view(option);

    // Solid background in the theme's colour (the screen version is transparent).
    expect(exported.backgroundColor).toBe(CHART_THEMES[themeName].background);
    expect(exported.backgroundColor).not.toBe('transparent');

    // Title and subtitle inside the image, in the header band.
    expect(exported.title?.text).toBe(meta.title);
    expect(exported.title?.subtext).toBe(meta.subtitle);
    expect(exported.title?.top).toBeGreaterThanOrEqual(0);
    expect(exported.title?.left).toBeGreaterThanOrEqual(0);

    // The plot moves down by the header and up from the bottom by the footer.
    const shift = exported.grid.top - original.grid.top;
    expect(shift).toBeGreaterThan(exported.title?.top ?? 0);
    expect(shift).toBeLessThan(HEADER_AND_FOOTER);
    const footer = exported.grid.bottom - original.grid.bottom;
    expect(footer).toBeGreaterThan(0);
    expect(shift + footer).toBe(HEADER_AND_FOOTER);

    // The room left of the plot (row labels) is kept: never less than on screen.
    expect(exported.grid.left).toBeGreaterThanOrEqual(original.grid.left ?? 0);
    expect(exported.grid.left).toBeGreaterThanOrEqual(exported.title?.left ?? 0);

    // A legend, if any, moves with the plot.
    if (original.legend) {
      expect((exported.legend?.top ?? 0) - (original.legend.top ?? 0)).toBe(shift);
      expect(exported.legend?.left).toBe(exported.title?.left);
    } else {
      expect(exported.legend).toBeUndefined();
    }

    // The source line sits in the footer band, inside the image.
    expect(exported.graphic).toHaveLength(1);
    const source = exported.graphic?.[0];
    expect(source?.type).toBe('text');
    expect(source?.style.text).toBe(meta.sourceLine);
    expect(source?.style.text).toContain(articleDataset.source.title);
    expect(source?.style.fill).toBe(CHART_THEMES[themeName].subtext);
    expect(source?.bottom).toBeGreaterThanOrEqual(0);
    expect(source?.bottom).toBeLessThan(exported.grid.bottom);
    expect(source?.left).toBe(exported.title?.left);

    // No tooltips on a picture; the data and the accessibility text are unchanged.
    expect(exported.tooltip.show).toBe(false);
    expect(exported.series).toBe(original.series);
    expect(exported.aria).toEqual(original.aria);
    expect(exported.xAxis).toBe(original.xAxis);

    // Pure: the screen option is left as it was.
    expect(JSON.stringify(option)).toBe(before);
  });
});

describe('buildExportOption with a hand-made option', () => {
  it('treats a missing grid top or bottom as zero', () => {
    const exported = view(
      buildExportOption({ grid: {}, series: [] } as ChartOption, metaFor('light')),
    );
    expect(exported.grid.top).toBeGreaterThan(0);
    expect(exported.grid.top + exported.grid.bottom).toBe(HEADER_AND_FOOTER);
  });
});
