import { describe, expect, it } from 'vitest';
import { CHART_SPECS, type MetricChartSpec } from '@/charts/chart-specs';
import { CHART_THEMES, THEME_NAMES } from '@/charts/theme';
import { articleDataset } from '@/data/article-dataset';
import { CATEGORIES, type Metric } from '@/data/schema';
import { formatMetricNumber, formatMetricValue } from '@/i18n/format-number';
import { LOCALES, type Locale } from '@/i18n/locale';
import { CATEGORY_LABELS } from '@/i18n/strings';
import type { YearFilter } from '@/state/filter-state';
import { selectMetrics } from '@/state/select-metrics';
import {
  datumsById,
  escapeHtml,
  isDatum,
  makeContext,
  view,
  type OptionView,
} from './fixtures/chart-view';

const METRIC_SPECS = CHART_SPECS.filter((s): s is MetricChartSpec => s.kind === 'metrics');
const YEARS: YearFilter[] = ['all', 2022, 2023, 2024];

function rowsFor(spec: MetricChartSpec, year: YearFilter): Metric[] {
  return spec.select(selectMetrics(articleDataset, { year, agencies: [], categories: [] }));
}

function isPowerOfTen(n: number): boolean {
  const exponent = Math.round(Math.log10(n));
  return Math.abs(n - 10 ** exponent) <= 1e-12 * n;
}

/** The bars in row order, whatever the series layout (one series, or one per category). */
function barsInRowOrder(option: OptionView, rowCount: number) {
  return Array.from({ length: rowCount }, (_, i) => {
    const found = option.series.map((s) => s.data[i]).filter((d) => d !== undefined && d !== '-');
    expect(found).toHaveLength(1);
    const d = found[0];
    if (!d || !isDatum(d)) throw new Error(`row ${i} has no bar`);
    return d;
  });
}

describe('CHART_SPECS', () => {
  it('lists the dashboard charts with unique ids and file-name-safe slugs', () => {
    expect(CHART_SPECS.map((s) => s.id)).toEqual([
      'yoy',
      'intercepts',
      'funds',
      'categories',
      'case',
      'timeline',
    ]);
    for (const spec of CHART_SPECS) {
      expect(spec.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(spec.title.zh.length).toBeGreaterThan(0);
      expect(spec.title.en.length).toBeGreaterThan(0);
    }
    expect(new Set(CHART_SPECS.map((s) => s.slug)).size).toBe(CHART_SPECS.length);
  });

  it('gives every chart at least one figure with no filter', () => {
    for (const spec of METRIC_SPECS) expect(rowsFor(spec, 'all').length).toBeGreaterThan(0);
  });
});

describe.each(METRIC_SPECS.map((s) => [s.id, s] as const))(
  'chart %s (article data)',
  (_id, spec) => {
    describe.each(LOCALES.map((l) => [l] as const))('locale %s', (locale: Locale) => {
      it.each(YEARS.map((y) => [y] as const))(
        'year %s: one bar per figure, values as data',
        (year) => {
          const rows = rowsFor(spec, year);
          const ctx = makeContext(locale, { year, agencies: articleDataset.agencies });
          const option = view(spec.build(rows, ctx, spec.title[locale]));
          const bars = barsInRowOrder(option, rows.length);
          expect(bars.map((b) => b.value)).toEqual(rows.map((m) => m.value));
          expect(bars.map((b) => b.metricId)).toEqual(rows.map((m) => m.id));
          expect(bars.map((b) => b.labelText)).toEqual(
            rows.map((m) => formatMetricValue(m, locale)),
          );
          for (const series of option.series) {
            expect(series.type).toBe('bar');
            expect(series.data).toHaveLength(rows.length);
            expect(series.label?.show).toBe(true);
          }
          // Row labels: the figure's title, in row order, top to bottom.
          expect(option.yAxis.type).toBe('category');
          expect(option.yAxis.inverse).toBe(true);
          expect(option.yAxis.data).toHaveLength(rows.length);
          rows.forEach((m, i) =>
            expect(option.yAxis.data?.[i]?.startsWith(m.title[locale])).toBe(true),
          );
        },
      );

      it('is described for screen readers, naming every row', () => {
        const rows = rowsFor(spec, 'all');
        const title = spec.title[locale];
        const option = view(spec.build(rows, makeContext(locale), title));
        expect(option.aria.enabled).toBe(true);
        const description = option.aria.label.description;
        expect(description.startsWith(title)).toBe(true);
        for (const m of rows) {
          expect(description).toContain(m.title[locale]);
          expect(description).toContain(formatMetricValue(m, locale));
          expect(description).toContain(m.period.label[locale]);
        }
      });

      it('has a tooltip for every bar, with its title escaped and its value', () => {
        const rows = rowsFor(spec, 'all');
        const option = view(spec.build(rows, makeContext(locale), spec.title[locale]));
        const formatter = option.tooltip.formatter;
        expect(typeof formatter).toBe('function');
        for (const m of rows) {
          const html = formatter?.({ data: { metricId: m.id } }) ?? '';
          expect(html).toContain(escapeHtml(m.title[locale]));
          expect(html).toContain(escapeHtml(formatMetricValue(m, locale)));
          expect(html).toContain(escapeHtml(m.period.label[locale]));
        }
        expect(formatter?.({ data: { metricId: 'no-such-figure' } })).toBe('');
        expect(formatter?.({})).toBe('');
      });

      it('a series label formatter prints the datum label', () => {
        const rows = rowsFor(spec, 'all');
        const option = view(spec.build(rows, makeContext(locale), spec.title[locale]));
        for (const series of option.series) {
          const format = series.label?.formatter;
          expect(typeof format).toBe('function');
          for (const d of series.data) {
            expect(format?.({ data: d })).toBe(isDatum(d) ? d.labelText : '');
          }
        }
      });
    });

    it.each(YEARS.map((y) => [y] as const))('year %s: axis matches the scale', (year) => {
      const rows = rowsFor(spec, year);
      const option = view(spec.build(rows, makeContext('zh', { year }), spec.title.zh));
      const values = rows.map((m) => m.value);
      const xAxis = option.xAxis;
      if (spec.scale === 'log') {
        expect(['intercepts', 'funds', 'categories']).toContain(spec.id);
        expect(xAxis.type).toBe('log');
        expect(xAxis.logBase ?? 10).toBe(10);
        const min = Number(xAxis.min);
        expect(isPowerOfTen(min)).toBe(true);
        if (values.length > 0) {
          const smallest = Math.min(...values);
          expect(min).toBeLessThanOrEqual(smallest);
          // The tightest such power: the smallest bar is not squeezed against the axis.
          expect(min * 10).toBeGreaterThan(smallest);
        }
      } else {
        expect(['yoy', 'case']).toContain(spec.id);
        expect(xAxis.type).toBe('value');
      }
      if (spec.scale === 'linear') expect(xAxis.min).toBe(0);
      if (spec.scale === 'diverging') {
        const max = Number(xAxis.max);
        expect(Number(xAxis.min)).toBe(-max);
        for (const v of values) expect(Math.abs(v)).toBeLessThanOrEqual(max);
      }
    });
  },
);

describe.each(METRIC_SPECS.filter((s) => s.scale === 'log').map((s) => [s.id, s] as const))(
  'log chart %s',
  (_id, spec) => {
    it('never draws a non-positive value on its log axis', () => {
      for (const year of YEARS) {
        for (const m of rowsFor(spec, year)) expect(m.value).toBeGreaterThan(0);
      }
    });
  },
);

describe('yoy chart (article data)', () => {
  const spec = METRIC_SPECS.find((s) => s.id === 'yoy');
  if (!spec) throw new Error('no yoy chart');

  it('has both declines and increases in the article', () => {
    const values = rowsFor(spec, 'all').map((m) => m.value);
    expect(values.some((v) => v < 0)).toBe(true);
    expect(values.some((v) => v > 0)).toBe(true);
    // The article's 下降 figures are declines.
    const declines = rowsFor(spec, 'all').filter((m) => m.value < 0);
    expect(declines.map((m) => m.id).sort()).toEqual(['yoy-cases-2023', 'yoy-cases-2024-ytd']);
  });

  it.each(THEME_NAMES.map((t) => [t] as const))(
    '%s theme: declines are negative bars in the decrease colour, to the left',
    (themeName) => {
      const theme = CHART_THEMES[themeName];
      for (const locale of LOCALES) {
        const rows = rowsFor(spec, 'all');
        const option = view(spec.build(rows, makeContext(locale, { theme: themeName }), 'yoy'));
        for (const bar of barsInRowOrder(option, rows.length)) {
          if (bar.value < 0) {
            expect(bar.itemStyle?.color).toBe(theme.decrease);
            expect(bar.label?.position).toBe('left');
            expect(bar.labelText).toMatch(/^[-\u2212]/);
          } else {
            expect(bar.itemStyle?.color).toBe(theme.increase);
            expect(bar.label?.position).toBe('right');
            expect(bar.labelText).toMatch(/^\+/);
          }
        }
        expect(theme.increase).not.toBe(theme.decrease);
      }
    },
  );

  it('sorts bars from the largest rise to the largest fall', () => {
    const values = rowsFor(spec, 'all').map((m) => m.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('draws a zero line', () => {
    const option = view(spec.build(rowsFor(spec, 'all'), makeContext('en'), 'yoy'));
    const markLine = option.series[0]?.markLine;
    expect(markLine?.data).toEqual([{ xAxis: 0 }]);
  });

  it('labels its axis ticks as signed percentages', () => {
    for (const locale of LOCALES) {
      const option = view(spec.build(rowsFor(spec, 'all'), makeContext(locale), 'yoy'));
      const tick = option.xAxis.axisLabel?.formatter;
      expect(tick?.(50)).toBe('+50%');
      expect(tick?.(-50)).toMatch(/^[-\u2212]50%$/);
      expect(tick?.(0)).toBe('0%');
    }
  });

  it('names the period on a "since 2023" row when one year is chosen', () => {
    for (const year of [2023, 2024] as const) {
      const rows = rowsFor(spec, year);
      const option = view(spec.build(rows, makeContext('zh', { year }), 'yoy'));
      rows.forEach((m, i) => {
        if (m.period.type === 'since') {
          expect(option.yAxis.data?.[i]).toBe(`${m.title.zh}\n${m.period.label.zh}`);
        }
      });
      expect(rows.some((m) => m.period.type === 'since')).toBe(true);
    }
  });
});

describe('at-least figures read as lower bounds', () => {
  const intercepts = METRIC_SPECS.find((s) => s.id === 'intercepts');
  const categories = METRIC_SPECS.find((s) => s.id === 'categories');
  if (!intercepts || !categories) throw new Error('missing chart');

  const labels = (spec: MetricChartSpec, locale: Locale, compact = false) => {
    const option = spec.build(rowsFor(spec, 'all'), makeContext(locale, { compact }), 'x');
    return new Map([...datumsById(option)].map(([id, d]) => [id, d.labelText]));
  };

  it.each([
    ['intercepts', intercepts],
    ['categories', categories],
  ] as const)('%s chart: the article’s wording in zh, "+" in en', (_name, spec) => {
    const zh = labels(spec, 'zh');
    const en = labels(spec, 'en');
    expect(zh.get('numbers-blacklisted')).toBe('2万余个号码');
    expect(en.get('numbers-blacklisted')).toContain('20,000+');
    expect(en.get('numbers-blacklisted')).toBe('20,000+ phone numbers');
    expect(zh.get('sms-sent')).toBe('3亿余条');
    expect(en.get('sms-sent')).toContain('300 million+');
    expect(en.get('sms-sent')).toBe('300 million+ messages');
    expect(zh.get('publicity-events')).toBe('3000余场');
    expect(en.get('publicity-events')).toBe('3,000+ events');
  });

  it('every at-least figure says so in both locales, and no exact one does', () => {
    for (const m of articleDataset.metrics) {
      const zh = formatMetricValue(m, 'zh');
      const en = formatMetricValue(m, 'en');
      if (m.qualifier === 'at-least') {
        // 余 follows the number directly, before the unit word: "2万余个", never "2万个余".
        expect(zh).toMatch(/^[\d.]+[万亿]?余/);
        expect(en).toMatch(/^¥?\d[\d,.]*( million| billion)?\+/);
      } else if (m.unit !== 'percent') {
        expect(zh).not.toContain('余');
        expect(en).not.toContain('+');
      }
    }
  });

  it('zh labels reproduce the number as the article writes it', () => {
    for (const m of articleDataset.metrics) {
      if (!/^\d/.test(m.valueText)) continue; // e.g. 两: shown as 2
      expect(formatMetricValue(m, 'zh')).toContain(m.valueText);
    }
  });

  it('compact (phone) labels drop the unit words but keep the qualifier', () => {
    const zh = labels(intercepts, 'zh', true);
    const en = labels(intercepts, 'en', true);
    const blacklisted = articleDataset.metrics.find((m) => m.id === 'numbers-blacklisted');
    if (!blacklisted) throw new Error('missing figure');
    expect(zh.get('numbers-blacklisted')).toBe(formatMetricNumber(blacklisted, 'zh'));
    expect(zh.get('numbers-blacklisted')).toBe('2万余');
    expect(en.get('numbers-blacklisted')).toBe('20,000+');
    expect(zh.get('sms-sent')).toBe('3亿余');
    expect(en.get('sms-sent')).toBe('300 million+');
  });
});

describe('category chart layout (article data)', () => {
  const spec = METRIC_SPECS.find((s) => s.id === 'categories');
  if (!spec) throw new Error('no category chart');

  it.each(LOCALES.flatMap((locale) => YEARS.map((year) => [locale, year] as const)))(
    '%s, year %s: one series per category present, overlapping, in the article’s order',
    (locale, year) => {
      const rows = rowsFor(spec, year);
      const ctx = makeContext(locale, { year });
      const option = view(spec.build(rows, ctx, spec.title[locale]));
      const present = CATEGORIES.filter((c) => rows.some((m) => m.category === c));
      const names = present.map((c) => CATEGORY_LABELS[c][locale]);
      expect(option.series.map((s) => s.name)).toEqual(names);
      expect(option.legend?.data).toEqual(names);
      present.forEach((category, k) => {
        const series = option.series[k];
        if (!series) throw new Error('missing series');
        expect(series.barGap).toBe('-100%');
        expect(series.itemStyle?.color).toBe(ctx.theme.categories[category]);
        series.data.forEach((d, i) => {
          const row = rows[i];
          if (!row) throw new Error('missing row');
          if (row.category === category) {
            expect(d).toEqual(expect.objectContaining({ value: row.value, metricId: row.id }));
          } else {
            expect(d).toBe('-');
          }
        });
      });
      // Rows come grouped by category, in the article's order.
      const order = rows.map((m) => CATEGORIES.indexOf(m.category));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      // The legend sits above the plot.
      expect(option.grid.top).toBeGreaterThan(option.legend?.top ?? 0);
    },
  );

  it('shows counts only: no yuan and no percentages on its axis', () => {
    for (const m of rowsFor(spec, 'all')) expect(m.kind).toBe('count');
  });
});

describe('case chart (article data)', () => {
  const spec = METRIC_SPECS.find((s) => s.id === 'case');
  if (!spec) throw new Error('no case chart');

  it('shows the case’s counts, not its amount', () => {
    const ids = rowsFor(spec, 'all').map((m) => m.id);
    expect(ids).toEqual([
      'case-2022-rounds',
      'case-2022-links-broken',
      'case-2022-suspects',
      'case-2022-core-members',
      'case-2022-masterminds',
    ]);
  });

  it('colours its bars with the enforcement colour', () => {
    const ctx = makeContext('en');
    const option = view(spec.build(rowsFor(spec, 'all'), ctx, 'case'));
    for (const d of option.series[0]?.data ?? []) {
      if (isDatum(d)) expect(d.itemStyle?.color).toBe(ctx.theme.categories.enforcement);
    }
  });
});
