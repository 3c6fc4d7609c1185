import { describe, expect, it } from 'vitest';
import {
  chartHeightFor,
  datumLabel,
  logAxisMin,
  rowLabelRoom,
} from '@/charts/build-bar-chart-option';
import { buildCaseChartOption } from '@/charts/build-case-chart-option';
import { buildCategoryChartOption } from '@/charts/build-category-chart-option';
import { buildFundsChartOption } from '@/charts/build-funds-chart-option';
import { buildInterceptChartOption } from '@/charts/build-intercept-chart-option';
import { buildTimelineChartOption, formatEventDate } from '@/charts/build-timeline-chart-option';
import { buildYoyChartOption } from '@/charts/build-yoy-chart-option';
import { isMetricDatum } from '@/charts/chart-context';
import { CHART_SPECS, type MetricChartSpec } from '@/charts/chart-specs';
import { commonPeriodLabel, describeMetrics, rowLabel } from '@/charts/describe';
import { CHART_THEMES, THEME_NAMES } from '@/charts/theme';
import { metricTooltipHtml } from '@/charts/tooltip';
import { articleDataset } from '@/data/article-dataset';
import type { Metric, TimelineEvent } from '@/data/schema';
import { LOCALES } from '@/i18n/locale';
import { CATEGORY_LABELS, STRINGS } from '@/i18n/strings';
import { selectEvents } from '@/state/select-metrics';
import { isDatum, makeContext, view } from './fixtures/chart-view';
import {
  makeMetric,
  PERIOD_2021,
  PERIOD_SINCE_2021,
  SYNTHETIC_DATASET,
  SYNTHETIC_METRICS,
} from './fixtures/synthetic-dataset';

function spec(id: string): MetricChartSpec {
  const found = CHART_SPECS.find((s): s is MetricChartSpec => s.kind === 'metrics' && s.id === id);
  if (!found) throw new Error(`no chart ${id}`);
  return found;
}

function byId(id: string): Metric {
  const m = SYNTHETIC_METRICS.find((x) => x.id === id);
  if (!m) throw new Error(`no synthetic figure ${id}`);
  return m;
}

describe('chart selectors on hand-made figures', () => {
  it('yoy: changes only, largest rise first', () => {
    expect(
      spec('yoy')
        .select(SYNTHETIC_METRICS)
        .map((m) => m.id),
    ).toEqual(['rise-big', 'fall-small', 'fall-big']);
  });

  it('intercepts: prevention and warning counts, largest first (no rates)', () => {
    expect(
      spec('intercepts')
        .select(SYNTHETIC_METRICS)
        .map((m) => m.id),
    ).toEqual(['texts', 'talks', 'alerts']);
  });

  it('funds: amounts, largest first', () => {
    expect(
      spec('funds')
        .select(SYNTHETIC_METRICS)
        .map((m) => m.id),
    ).toEqual(['money-big', 'money-small']);
  });

  it('categories: counts grouped in the article’s category order, largest first within', () => {
    expect(
      spec('categories')
        .select(SYNTHETIC_METRICS)
        .map((m) => m.id),
    ).toEqual(['texts', 'talks', 'alerts', 'case-people', 'case-links', 'firms']);
  });

  it('case: the case group’s counts, in data order', () => {
    expect(
      spec('case')
        .select(SYNTHETIC_METRICS)
        .map((m) => m.id),
    ).toEqual(['case-people', 'case-links']);
  });

  it('does not reorder its input', () => {
    const input = [...SYNTHETIC_METRICS];
    for (const s of CHART_SPECS) if (s.kind === 'metrics') s.select(input);
    expect(input).toEqual(SYNTHETIC_METRICS);
  });
});

describe('yoy builder on hand-made figures', () => {
  const rows = [byId('rise-big'), byId('fall-small'), byId('fall-big')];

  it.each(THEME_NAMES.map((t) => [t] as const))('%s: sign, colour, side and zero line', (t) => {
    const theme = CHART_THEMES[t];
    const option = view(buildYoyChartOption(rows, makeContext('en', { theme: t }), 'Changes'));
    const data = (option.series[0]?.data ?? []).filter(isDatum);
    expect(data.map((d) => d.value)).toEqual([62.5, -3.25, -140]);
    expect(data.map((d) => d.itemStyle?.color)).toEqual([
      theme.increase,
      theme.decrease,
      theme.decrease,
    ]);
    expect(data.map((d) => d.label?.position)).toEqual(['right', 'left', 'left']);
    expect(data[0]?.labelText).toBe('+62.5%');
    expect(data[1]?.labelText).toMatch(/^[-\u2212]3\.25%$/);
    expect(data[2]?.labelText).toMatch(/^[-\u2212]140%$/);
    expect(option.series[0]?.markLine?.data).toEqual([{ xAxis: 0 }]);
  });

  it('uses a symmetric linear axis wide enough for the largest change', () => {
    const { xAxis } = view(buildYoyChartOption(rows, makeContext('zh'), 'x'));
    expect(xAxis.type).toBe('value');
    const max = Number(xAxis.max);
    expect(Number(xAxis.min)).toBe(-max);
    expect(max).toBeGreaterThanOrEqual(140);
    expect(max).toBeLessThanOrEqual(140 * 1.5);
  });

  it('keeps a readable axis for tiny changes', () => {
    const tiny = [makeMetric('t', { ...byId('rise-big'), id: 't', value: 0.4 })];
    const { xAxis } = view(buildYoyChartOption(tiny, makeContext('zh'), 'x'));
    expect(Number(xAxis.max)).toBeGreaterThanOrEqual(10);
    expect(Number(xAxis.min)).toBe(-Number(xAxis.max));
  });

  it('treats a zero change as no decline', () => {
    const zero = makeMetric('z', { ...byId('rise-big'), id: 'z', value: 0 });
    const option = view(buildYoyChartOption([zero], makeContext('en'), 'x'));
    const d = option.series[0]?.data[0];
    if (!d || !isDatum(d)) throw new Error('no bar');
    expect(d.itemStyle?.color).not.toBe(CHART_THEMES.light.decrease);
    expect(d.labelText).toBe('0%');
  });
});

describe('log-scale builders on hand-made figures', () => {
  it('intercepts: log axis from the power of ten below the smallest bar', () => {
    const rows = spec('intercepts').select(SYNTHETIC_METRICS);
    const option = view(buildInterceptChartOption(rows, makeContext('zh'), 'x'));
    expect(option.xAxis.type).toBe('log');
    expect(option.xAxis.min).toBe(10);
    const data = (option.series[0]?.data ?? []).filter(isDatum);
    expect(data.map((d) => d.value)).toEqual([500_000_000, 3000, 42]);
    expect(data.map((d) => d.labelText)).toEqual(['5亿余条', '3000余场', '42个']);
    expect(data.map((d) => d.itemStyle?.color)).toEqual([
      CHART_THEMES.light.categories.prevention,
      CHART_THEMES.light.categories.prevention,
      CHART_THEMES.light.categories.warning,
    ]);
  });

  it('intercepts in English: "+" for at-least, grouped digits', () => {
    const rows = spec('intercepts').select(SYNTHETIC_METRICS);
    const data = (
      view(buildInterceptChartOption(rows, makeContext('en'), 'x')).series[0]?.data ?? []
    ).filter(isDatum);
    expect(data.map((d) => d.labelText)).toEqual([
      '500 million+ texts',
      '3,000+ talks',
      '42 items',
    ]);
  });

  it('funds: yuan in both locales, log axis from 1000', () => {
    const rows = spec('funds').select(SYNTHETIC_METRICS);
    const zh = view(buildFundsChartOption(rows, makeContext('zh'), 'x'));
    const en = view(buildFundsChartOption(rows, makeContext('en'), 'x'));
    expect(zh.xAxis.type).toBe('log');
    expect(zh.xAxis.min).toBe(1000);
    expect((zh.series[0]?.data ?? []).filter(isDatum).map((d) => d.labelText)).toEqual([
      '123.4亿元',
      '8000元',
    ]);
    expect((en.series[0]?.data ?? []).filter(isDatum).map((d) => d.labelText)).toEqual([
      '¥12.34 billion',
      '¥8,000',
    ]);
  });

  it('case: linear from zero, enforcement colour', () => {
    const rows = spec('case').select(SYNTHETIC_METRICS);
    const option = view(buildCaseChartOption(rows, makeContext('en', { theme: 'dark' }), 'x'));
    expect(option.xAxis.type).toBe('value');
    expect(option.xAxis.min).toBe(0);
    for (const d of (option.series[0]?.data ?? []).filter(isDatum)) {
      expect(d.itemStyle?.color).toBe(CHART_THEMES.dark.categories.enforcement);
    }
  });
});

describe('category builder on hand-made figures', () => {
  const rows = spec('categories').select(SYNTHETIC_METRICS);

  it.each(LOCALES.map((l) => [l] as const))('%s: one series per category, "-" elsewhere', (l) => {
    const option = view(buildCategoryChartOption(rows, makeContext(l), 'x'));
    const present = ['prevention', 'warning', 'enforcement', 'governance'] as const;
    expect(option.series.map((s) => s.name)).toEqual(present.map((c) => CATEGORY_LABELS[c][l]));
    expect(option.legend?.data).toEqual(present.map((c) => CATEGORY_LABELS[c][l]));
    const grid = option.series.map((s) => s.data.map((d) => (isDatum(d) ? d.metricId : '-')));
    expect(grid).toEqual([
      ['texts', 'talks', '-', '-', '-', '-'],
      ['-', '-', 'alerts', '-', '-', '-'],
      ['-', '-', '-', 'case-people', 'case-links', '-'],
      ['-', '-', '-', '-', '-', 'firms'],
    ]);
    for (const s of option.series) {
      expect(s.barGap).toBe('-100%');
      expect(s.type).toBe('bar');
    }
    expect(option.xAxis.type).toBe('log');
    expect(option.xAxis.min).toBe(1);
  });

  it('has no series and no legend entries for no figures', () => {
    const option = view(buildCategoryChartOption([], makeContext('zh'), 'x'));
    expect(option.series).toEqual([]);
    expect(option.legend?.data).toEqual([]);
  });
});

describe('row labels and descriptions', () => {
  it('prints each row’s period when the rows’ periods differ', () => {
    const rows = [byId('rise-big'), byId('fall-small')];
    expect(commonPeriodLabel(rows, 'en')).toBeNull();
    expect(rowLabel(byId('rise-big'), rows, 'en', 'all')).toBe('Big rise\n2021');
    expect(rowLabel(byId('fall-small'), rows, 'zh', 'all')).toBe('小幅下降\n2021年以来');
  });

  it('omits the period when all rows share it and none reaches beyond the year', () => {
    const rows = [byId('rise-big'), byId('fall-big')];
    expect(commonPeriodLabel(rows, 'en')).toBe('2021');
    expect(rowLabel(byId('rise-big'), rows, 'en', 'all')).toBe('Big rise');
    expect(rowLabel(byId('rise-big'), rows, 'en', 2021)).toBe('Big rise');
  });

  it('names the agency of rows that share a title, and only of those', () => {
    const agencies = [
      { id: 'alpha', name: { zh: '甲省公安厅', en: 'Alpha police' } },
      { id: 'beta', name: { zh: '乙省公安厅', en: 'Beta police' } },
    ];
    const a = makeMetric('a', {
      title: { zh: '止付资金', en: 'Funds stopped' },
      agencies: ['alpha'],
    });
    const b = makeMetric('b', {
      title: { zh: '止付资金', en: 'Funds stopped' },
      agencies: ['beta'],
    });
    const c = makeMetric('c', { title: { zh: '其他', en: 'Other' }, agencies: ['alpha'] });
    const rows = [a, b, c];
    expect(rowLabel(a, rows, 'en', 'all', agencies)).toBe('Funds stopped\nAlpha police');
    expect(rowLabel(b, rows, 'zh', 'all', agencies)).toBe('止付资金\n乙省公安厅');
    expect(rowLabel(c, rows, 'en', 'all', agencies)).toBe('Other');
    const option = view(buildFundsChartOption(rows, { ...makeContext('en'), agencies }, 'Funds'));
    expect(new Set(option.yAxis.data)).toHaveProperty('size', 3);
  });

  it('prints the period of a figure that reaches beyond the chosen year, even alone', () => {
    const rows = [byId('fall-small')];
    expect(rowLabel(byId('fall-small'), rows, 'en', 'all')).toBe('Small fall');
    expect(rowLabel(byId('fall-small'), rows, 'en', 2022)).toBe('Small fall\nsince 2021');
    const option = view(buildYoyChartOption(rows, makeContext('en', { year: 2022 }), 'x'));
    expect(option.yAxis.data).toEqual(['Small fall\nsince 2021']);
  });

  it('describes every row with its value and period', () => {
    const rows = [byId('texts'), byId('alerts')];
    expect(describeMetrics('T', rows, 'zh')).toBe(
      'T。短信<b>：5亿余条 (2021年)；预警：42个 (2022年3月15日)',
    );
    expect(describeMetrics('T', rows, 'en')).toBe(
      'T. Texts <script>alert(1)</script>: 500 million+ texts (2021); Alerts: 42 items (15 March 2022)',
    );
  });

  it('puts the description in the option’s aria label', () => {
    const rows = spec('intercepts').select(SYNTHETIC_METRICS);
    const option = view(buildInterceptChartOption(rows, makeContext('en'), 'Blocking'));
    expect(option.aria).toEqual({
      enabled: true,
      label: { description: describeMetrics('Blocking', rows, 'en') },
    });
    for (const m of rows) expect(option.aria.label.description).toContain(m.title.en);
  });

  it('has no common period for no rows', () => {
    expect(commonPeriodLabel([], 'zh')).toBeNull();
    expect(commonPeriodLabel([makeMetric('a', { period: PERIOD_SINCE_2021 })], 'zh')).toBe(
      '2021年以来',
    );
    expect(commonPeriodLabel([makeMetric('a', { period: PERIOD_2021 })], 'en')).toBe('2021');
  });
});

describe('tooltip', () => {
  it('escapes titles that contain markup', () => {
    const html = metricTooltipHtml(byId('texts'), 'en');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Texts &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('500 million+ texts');
    expect(html).toContain(`${STRINGS.en.period}: 2021`);
    expect(metricTooltipHtml(byId('texts'), 'zh')).toContain('短信&lt;b&gt;');
  });

  it('is wired into the bar option', () => {
    const rows = spec('intercepts').select(SYNTHETIC_METRICS);
    const option = view(buildInterceptChartOption(rows, makeContext('en'), 'x'));
    expect(option.tooltip.formatter?.({ data: { metricId: 'texts' } })).toBe(
      metricTooltipHtml(byId('texts'), 'en'),
    );
  });
});

describe('small helpers', () => {
  it('logAxisMin: the power of ten at or below the smallest positive value', () => {
    expect(logAxisMin([3000, 20_000])).toBe(1000);
    expect(logAxisMin([1000, 5e8])).toBe(1000);
    expect(logAxisMin([999])).toBe(100);
    expect(logAxisMin([1])).toBe(1);
    expect(logAxisMin([2, 70_000])).toBe(1);
    expect(logAxisMin([0.5])).toBeCloseTo(0.1, 12);
    expect(logAxisMin([0, -5, 42])).toBe(10);
    expect(logAxisMin([])).toBe(1);
    expect(logAxisMin([0, -1])).toBe(1);
    for (let e = 0; e <= 12; e++) {
      expect(logAxisMin([10 ** e])).toBe(10 ** e);
      expect(logAxisMin([10 ** e * 9.99])).toBe(10 ** e);
    }
  });

  it('chartHeightFor grows with rows, never below 160', () => {
    expect(chartHeightFor(0)).toBe(160);
    expect(chartHeightFor(1)).toBe(160);
    expect(chartHeightFor(10)).toBe(10 * 44 + 56);
    expect(chartHeightFor(10, 30)).toBe(10 * 30 + 56);
  });

  it('datumLabel reads the label off the datum, or nothing', () => {
    expect(datumLabel({ data: { value: 1, metricId: 'a', labelText: '1个' } })).toBe('1个');
    expect(datumLabel({ data: '-' })).toBe('');
    expect(datumLabel({})).toBe('');
  });

  it('isMetricDatum recognises bars and rejects placeholders', () => {
    expect(isMetricDatum({ value: 1, metricId: 'a', labelText: 'x' })).toBe(true);
    expect(isMetricDatum('-')).toBe(false);
    expect(isMetricDatum(null)).toBe(false);
    expect(isMetricDatum({ value: 1 })).toBe(false);
    expect(isMetricDatum({ metricId: 3 })).toBe(false);
  });
});

describe('timeline', () => {
  const reportDate = articleDataset.source.publishedBy;

  it('formats dates to the precision the article gives', () => {
    const event = (date: string, precision: TimelineEvent['precision']): TimelineEvent => ({
      id: 'e',
      date,
      precision,
      title: { zh: 'x', en: 'x' },
      quote: 'x',
    });
    expect(formatEventDate(event('2022-09-01', 'month'), 'zh')).toBe('2022年9月');
    expect(formatEventDate(event('2022-09-01', 'month'), 'en')).toMatch(/^Sept? 2022$/);
    expect(formatEventDate(event('2024-02-28', 'day'), 'zh')).toBe('2024年2月28日');
    expect(formatEventDate(event('2024-02-28', 'day'), 'en')).toBe('28 Feb 2024');
    // No time-zone drift on the first of a month or a year.
    expect(formatEventDate(event('2024-01-01', 'day'), 'en')).toBe('1 Jan 2024');
  });

  it.each(
    LOCALES.flatMap((locale) => [
      [locale, 'article', selectEvents(articleDataset, { year: 'all' }), reportDate] as const,
      [
        locale,
        'synthetic',
        selectEvents(SYNTHETIC_DATASET, { year: 'all' }),
        '2022-06-30',
      ] as const,
    ]),
  )(
    '%s, %s events: one point per event on a time axis ending at the report',
    (locale, _n, events: readonly TimelineEvent[], date: string) => {
      const title = locale === 'zh' ? '时间线' : 'Timeline';
      const reportLabel = `${STRINGS[locale].reportDate} ${date}`;
      const option = buildTimelineChartOption(
        events,
        makeContext(locale),
        title,
        date,
        reportLabel,
      );
      const o = option as unknown as {
        series: {
          type: string;
          data: { value: [string, number]; eventId: string; labelText: string }[];
          label: { formatter: (p: unknown) => string };
          markLine: { data: unknown[]; label: { formatter: unknown } };
        }[];
        xAxis: { type: string; max: string };
        yAxis: { min: number; max: number };
        aria: { enabled: boolean; label: { description: string } };
      };
      const series = o.series[0];
      if (!series) throw new Error('no series');
      expect(series.type).toBe('scatter');
      expect(series.data.map((d) => d.value[0])).toEqual(events.map((e) => e.date));
      expect(series.data.map((d) => d.eventId)).toEqual(events.map((e) => e.id));
      const lanes = series.data.map((d) => d.value[1]);
      expect(new Set(lanes).size).toBe(events.length);
      for (const lane of lanes) {
        expect(lane).toBeGreaterThan(o.yAxis.min);
        expect(lane).toBeLessThan(o.yAxis.max);
      }
      expect(o.xAxis.type).toBe('time');
      expect(o.xAxis.max).toBe(date);
      expect(series.markLine.data).toEqual([{ xAxis: date }]);
      expect(series.markLine.label.formatter).toBe(reportLabel);
      events.forEach((e, i) => {
        const d = series.data[i];
        expect(d?.labelText).toContain(formatEventDate(e, locale));
        expect(d?.labelText).toContain(e.title[locale]);
        // Drawn as the label broken into lines: nothing lost but the spaces at the breaks.
        const drawn = series.label.formatter({ data: d });
        expect(drawn.replace(/\s/g, '')).toBe(d?.labelText.replace(/\s/g, ''));
        // Nothing is drawn past the end of the axis.
        expect(e.date <= date).toBe(true);
      });
      expect(o.aria.enabled).toBe(true);
      expect(o.aria.label.description.startsWith(title)).toBe(true);
      for (const e of events) expect(o.aria.label.description).toContain(e.title[locale]);
    },
  );

  it('builds an empty timeline without failing', () => {
    const option = buildTimelineChartOption([], makeContext('en'), 'T', reportDate, 'r');
    const o = option as unknown as { series: { data: unknown[] }[]; yAxis: { max: number } };
    expect(o.series[0]?.data).toEqual([]);
    expect(o.yAxis.max).toBe(1);
  });
});

describe('rowLabelRoom', () => {
  const desktop = makeContext('zh', { compact: false });
  const phone = makeContext('en', { compact: true });

  it('is the widest line of the row labels, CJK glyphs one em each', () => {
    // "2023年" is narrower: four digits of 0.64 em and one glyph.
    expect(rowLabelRoom(['短', '电诈发案同比\n2023年'], desktop)).toBe(6 * 12);
  });

  it('never exceeds the label width, at which long lines wrap', () => {
    const long = 'Warnings of fraud calls and text messages sent to the public';
    expect(rowLabelRoom([long], desktop)).toBe(200);
    expect(rowLabelRoom([long], phone)).toBe(104);
  });

  it('gives the bar chart room for its labels left of the plot', () => {
    const option = buildYoyChartOption(SYNTHETIC_METRICS, desktop, 'YoY') as unknown as {
      grid: { left: number };
      yAxis: { data: string[] };
    };
    expect(option.grid.left).toBe(8 + rowLabelRoom(option.yAxis.data, desktop) + 8);
  });
});
