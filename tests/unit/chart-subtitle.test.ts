import fc from 'fast-check';
import { format } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { chartSubtitle } from '@/charts/chart-subtitle';
import { escapeHtml } from '@/charts/escape-html';
import { STRINGS } from '@/i18n/strings';
import { makeMetric, PERIOD_2021, PERIOD_SINCE_2021 } from './fixtures/synthetic-dataset';

describe('chartSubtitle', () => {
  const exact2021 = makeMetric('a', { period: PERIOD_2021 });
  const atLeast2021 = makeMetric('b', { period: PERIOD_2021, qualifier: 'at-least' });
  const since2021 = makeMetric('c', { period: PERIOD_SINCE_2021 });

  it('names the shared period first', () => {
    expect(chartSubtitle([exact2021], 'linear', 'zh').split(' · ')[0]).toBe('2021年');
    expect(chartSubtitle([exact2021], 'linear', 'en').split(' · ')[0]).toBe('2021');
  });

  it('points to the row labels when periods differ', () => {
    expect(chartSubtitle([exact2021, since2021], 'linear', 'en')).not.toContain('2021 ·');
    expect(chartSubtitle([exact2021, since2021], 'linear', 'en').split(' · ')[0]).toBe(
      'periods as labelled',
    );
  });

  it('says when the axis is logarithmic, and only then', () => {
    for (const locale of ['zh', 'en'] as const) {
      expect(chartSubtitle([exact2021], 'log', locale)).toContain(STRINGS[locale].logScale);
      expect(chartSubtitle([exact2021], 'linear', locale)).not.toContain(STRINGS[locale].logScale);
      expect(chartSubtitle([exact2021], 'diverging', locale)).not.toContain(
        STRINGS[locale].logScale,
      );
    }
  });

  it('adds the at-least caveat when a row is a lower bound, and only then', () => {
    for (const locale of ['zh', 'en'] as const) {
      expect(chartSubtitle([exact2021, atLeast2021], 'log', locale)).toContain(
        STRINGS[locale].atLeastNote,
      );
      expect(chartSubtitle([exact2021], 'log', locale)).not.toContain(STRINGS[locale].atLeastNote);
    }
  });

  it('explains the zero line of a diverging chart', () => {
    expect(chartSubtitle([exact2021], 'diverging', 'zh')).toContain('0为不变');
    expect(chartSubtitle([exact2021], 'diverging', 'en')).toContain('0 is no change');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    expect(escapeHtml('湖北 2万余')).toBe('湖北 2万余');
  });

  it('does exactly what ECharts’ encodeHTML does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(escapeHtml(s)).toBe(format.encodeHTML(s));
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it('leaves no raw < > " \' in its output', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        expect(escapeHtml(s)).not.toMatch(/[<>"']/);
      }),
      { numRuns: 300, seed: 4 },
    );
  });
});
