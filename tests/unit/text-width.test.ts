import { describe, expect, it } from 'vitest';
import { getWidth } from 'zrender/lib/contain/text.js';
import { echarts } from '@/charts/echarts-setup';
import { measureChartText, textWidth } from '@/charts/text-width';

// Importing echarts-setup installs the estimate as ECharts' (and zrender's) text measurement.
void echarts;

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
