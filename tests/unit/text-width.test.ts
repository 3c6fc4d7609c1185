import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getWidth } from 'zrender/lib/contain/text.js';
import { parsePlainText } from 'zrender/lib/graphic/helper/parseText.js';
import { barLayout, rowHeightFor } from '@/charts/build-bar-chart-option';
import { rowLabel } from '@/charts/describe';
import { echarts } from '@/charts/echarts-setup';
import { measureChartText, textWidth, wrapLines } from '@/charts/text-width';
import { CHART_THEMES } from '@/charts/theme';
import { articleDataset } from '@/data/article-dataset';
import { LOCALES } from '@/i18n/locale';

// Importing echarts-setup installs the estimate as ECharts' (and zrender's) text measurement.
void echarts;

const zrenderLines = (text: string, width: number, fontSize: number): string[] =>
  parsePlainText(text, { font: `${fontSize}px sans-serif`, width, overflow: 'break' }, null, null)
    .lines;

describe('text widths', () => {
  it('count CJK glyphs and full-width punctuation as one em, Latin from the table', () => {
    expect(textWidth('电诈发案', 12)).toBe(48);
    expect(textWidth('，（）“”', 10)).toBe(50);
    expect(textWidth('2023', 10)).toBeCloseTo(25.6);
    expect(textWidth('', 12)).toBe(0);
  });

  it('read the size and weight from the font ECharts names, 12 px when it names none', () => {
    expect(measureChartText('国', 'normal normal 14px system-ui, sans-serif').width).toBe(14);
    expect(measureChartText('国', 'bold 10px sans-serif').width).toBeCloseTo(11);
    expect(measureChartText('国').width).toBe(12);
  });

  it('are what ECharts measures with once the dashboard has set it up', () => {
    const text = 'Arrests, year on year（2023年）';
    expect(getWidth(text, '12px system-ui')).toBe(textWidth(text, 12));
  });
});

describe('wrapLines', () => {
  const labels = LOCALES.flatMap((locale) =>
    articleDataset.metrics.map((m) =>
      rowLabel(m, articleDataset.metrics, locale, 'all', articleDataset.agencies),
    ),
  );

  it.each([104, 200, 260])(
    'breaks every row label of the article as zrender does at %i px',
    (width) => {
      for (const label of labels) {
        expect(wrapLines(label, width, 12), label).toEqual(zrenderLines(label, width, 12));
      }
    },
  );

  it('breaks any text as zrender does', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'ab ,.-(年月)“”国2023\nWw', 'é') }),
        fc.integer({ min: 8, max: 300 }),
        fc.constantFrom(11, 12, 14),
        (text, width, size) => {
          expect(wrapLines(text, width, size)).toEqual(zrenderLines(text, width, size));
        },
      ),
    );
  });

  it('gives rows the height of their wrapped labels', () => {
    const ctx = {
      locale: 'en' as const,
      theme: CHART_THEMES.light,
      year: 'all' as const,
      compact: true,
      agencies: articleDataset.agencies,
    };
    const { labelWidth, fontSize } = barLayout(ctx);
    const rows = articleDataset.metrics.slice(0, 5);
    const lines = Math.max(
      ...rows.map(
        (m) =>
          zrenderLines(rowLabel(m, rows, 'en', 'all', ctx.agencies), labelWidth, fontSize).length,
      ),
    );
    expect(rowHeightFor(rows, ctx)).toBe(Math.max(36, lines * (fontSize + 4) + 14));
  });
});
