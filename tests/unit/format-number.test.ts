import { afterEach, describe, expect, it } from 'vitest';
import { articleDataset } from '@/data/article-dataset';
import type { Metric } from '@/data/schema';
import { formatIsoDate } from '@/i18n/format-date';
import {
  formatAxisTick,
  formatMetricNumber,
  formatMetricValue,
  formatPercent,
  formatPlainNumber,
  withQualifier,
} from '@/i18n/format-number';
import { LOCALES } from '@/i18n/locale';
import { makeMetric } from './fixtures/synthetic-dataset';

const MINUS = /^[-\u2212]/;

function yuan(value: number, qualifier: Metric['qualifier'] = 'exact'): Metric {
  return makeMetric('money', {
    value,
    unit: 'yuan',
    kind: 'amount',
    qualifier,
    unitLabel: { zh: '元', en: 'yuan' },
  });
}

function count(
  value: number,
  qualifier: Metric['qualifier'],
  unitLabel = { zh: '个', en: 'items' },
) {
  return makeMetric('count', { value, qualifier, unitLabel });
}

function percent(value: number, kind: Metric['kind']): Metric {
  return makeMetric('pct', { value, unit: 'percent', kind, unitLabel: { zh: '%', en: '%' } });
}

describe('formatPlainNumber', () => {
  it.each([
    [39_630_000_000, '396.3亿', '39.63 billion'],
    [441_300, '44.13万', '441,300'],
    [12_630_000, '1263万', '12.63 million'],
    [328_100, '32.81万', '328,100'],
    [2_720_000, '272万', '2.72 million'],
    [690_000_000, '6.9亿', '690 million'],
    [300_000_000, '3亿', '300 million'],
    [20_000, '2万', '20,000'],
    [10_000, '1万', '10,000'],
    [700_000, '70万', '700,000'],
    [3778, '3778', '3,778'],
    [9999, '9999', '9,999'],
    [465, '465', '465'],
    [2, '2', '2'],
    [0, '0', '0'],
    [0.13, '0.13', '0.13'],
  ])('%d → zh %s, en %s', (value, zh, en) => {
    expect(formatPlainNumber(value, 'zh')).toBe(zh);
    expect(formatPlainNumber(value, 'en')).toBe(en);
  });

  it('switches to 万 at ten thousand in zh and to words at a million in en', () => {
    expect(formatPlainNumber(9_999, 'zh')).not.toContain('万');
    expect(formatPlainNumber(10_000, 'zh')).toContain('万');
    expect(formatPlainNumber(999_999, 'en')).toBe('999,999');
    expect(formatPlainNumber(1_000_000, 'en')).toBe('1 million');
    expect(formatPlainNumber(100_000_000, 'zh')).toBe('1亿');
  });

  it('shows every figure of the article without rounding it', () => {
    // Compact notation keeps four significant digits: a figure with more would be rounded.
    for (const m of articleDataset.metrics) {
      if (m.unit === 'percent') continue;
      const compactInSomeLocale = Math.abs(m.value) >= 1e4;
      if (!compactInSomeLocale) continue;
      const digits = String(Math.abs(m.value)).replace(/0+$/, '').replace('.', '');
      expect(digits.length, m.id).toBeLessThanOrEqual(4);
    }
  });
});

describe('withQualifier', () => {
  it('adds 余 in zh and + in en to at-least figures only', () => {
    expect(withQualifier('2万', 'at-least', 'zh')).toBe('2万余');
    expect(withQualifier('20,000', 'at-least', 'en')).toBe('20,000+');
    expect(withQualifier('2万', 'exact', 'zh')).toBe('2万');
    expect(withQualifier('20,000', 'exact', 'en')).toBe('20,000');
  });
});

describe('formatPercent', () => {
  it('signs year-on-year changes: -5.82 has its minus, +16.33 its plus', () => {
    for (const locale of LOCALES) {
      const decline = formatPercent(-5.82, locale, true);
      expect(decline).toMatch(MINUS);
      expect(decline.replace(MINUS, '-')).toBe('-5.82%');
      expect(formatPercent(16.33, locale, true)).toBe('+16.33%');
      expect(formatPercent(108.38, locale, true)).toBe('+108.38%');
      expect(formatPercent(0, locale, true)).toBe('0%');
    }
  });

  it('does not add a plus to a rate', () => {
    for (const locale of LOCALES) {
      expect(formatPercent(0.13, locale, false)).toBe('0.13%');
      expect(formatPercent(-0.13, locale, false)).toMatch(/^[-\u2212]0\.13%$/);
    }
  });

  it('keeps two decimals and no more', () => {
    expect(formatPercent(25.81, 'en', true).replace(MINUS, '-')).toBe('+25.81%');
    expect(formatPercent(-25.814, 'en', true).replace(MINUS, '-')).toBe('-25.81%');
    expect(formatPercent(50, 'en', true)).toBe('+50%');
  });
});

describe('formatMetricValue and formatMetricNumber', () => {
  it('396.3亿元 / ¥39.63 billion', () => {
    expect(formatMetricValue(yuan(39_630_000_000), 'zh')).toBe('396.3亿元');
    expect(formatMetricValue(yuan(39_630_000_000), 'en')).toBe('¥39.63 billion');
    expect(formatMetricNumber(yuan(39_630_000_000), 'en')).toBe('¥39.63 billion');
  });

  it('small amounts in full', () => {
    expect(formatMetricValue(yuan(70_000), 'zh')).toBe('7万元');
    expect(formatMetricValue(yuan(70_000), 'en')).toBe('¥70,000');
    expect(formatMetricValue(yuan(700_000), 'en')).toBe('¥700,000');
    expect(formatMetricValue(yuan(690_000_000), 'en')).toBe('¥690 million');
  });

  it('at-least amounts keep the qualifier next to the number', () => {
    expect(formatMetricValue(yuan(3000, 'at-least'), 'zh')).toBe('3000余元');
    expect(formatMetricValue(yuan(3000, 'at-least'), 'en')).toBe('¥3,000+');
  });

  it('counts carry their unit word', () => {
    const blacklisted = count(20_000, 'at-least', { zh: '个号码', en: 'phone numbers' });
    expect(formatMetricValue(blacklisted, 'zh')).toBe('2万余个号码');
    expect(formatMetricValue(blacklisted, 'en')).toBe('20,000+ phone numbers');
    expect(formatMetricNumber(blacklisted, 'zh')).toBe('2万余');
    expect(formatMetricNumber(blacklisted, 'en')).toBe('20,000+');
    const sms = count(300_000_000, 'at-least', { zh: '条', en: 'messages' });
    expect(formatMetricValue(sms, 'zh')).toBe('3亿余条');
    expect(formatMetricValue(sms, 'en')).toBe('300 million+ messages');
    const warnings = count(12_630_000, 'exact', { zh: '次', en: 'warnings' });
    expect(formatMetricValue(warnings, 'zh')).toBe('1263万次');
    expect(formatMetricValue(warnings, 'en')).toBe('12.63 million warnings');
    const calls = count(441_300, 'exact', { zh: '次', en: 'calls' });
    expect(formatMetricValue(calls, 'zh')).toBe('44.13万次');
    expect(formatMetricValue(calls, 'en')).toBe('441,300 calls');
  });

  it('percentages: signed for changes, plain for rates, no unit word added', () => {
    expect(formatMetricValue(percent(-5.82, 'yoy-change'), 'zh').replace(MINUS, '-')).toBe(
      '-5.82%',
    );
    expect(formatMetricValue(percent(-5.82, 'yoy-change'), 'en').replace(MINUS, '-')).toBe(
      '-5.82%',
    );
    expect(formatMetricValue(percent(46.43, 'yoy-change'), 'en')).toBe('+46.43%');
    expect(formatMetricValue(percent(0.13, 'rate'), 'zh')).toBe('0.13%');
    expect(formatMetricValue(percent(0.13, 'rate'), 'en')).toBe('0.13%');
  });

  it('formats the article’s headline figures as the reader expects', () => {
    const get = (id: string) => {
      const m = articleDataset.metrics.find((x) => x.id === id);
      if (!m) throw new Error(`missing ${id}`);
      return m;
    };
    const cases: [string, string, string][] = [
      ['funds-stopped', '396.3亿元', '¥39.63 billion'],
      ['calls-intercepted', '44.13万次', '441,300 calls'],
      ['warnings-issued', '1263万次', '12.63 million warnings'],
      ['numbers-blacklisted', '2万余个号码', '20,000+ phone numbers'],
      ['sms-sent', '3亿余条', '300 million+ messages'],
      ['websites-blocked', '3778家', '3,778 sites'],
    ];
    for (const [id, zh, en] of cases) {
      expect(formatMetricValue(get(id), 'zh')).toBe(zh);
      expect(formatMetricValue(get(id), 'en')).toBe(en);
    }
    expect(formatMetricValue(get('yoy-cases-2023'), 'zh')).toMatch(/^[-\u2212]5\.82%$/);
    expect(formatMetricValue(get('yoy-cases-2024-ytd'), 'en')).toMatch(/^[-\u2212]25\.81%$/);
  });
});

describe('formatAxisTick', () => {
  it('is short and has no unit', () => {
    expect(formatAxisTick(10_000, 'zh')).toBe('1万');
    expect(formatAxisTick(100_000_000, 'zh')).toBe('1亿');
    // en-GB abbreviations: 1k, 1m, 1bn.
    expect(formatAxisTick(1000, 'en')).toMatch(/^1[kK]$/);
    expect(formatAxisTick(1_000_000, 'en')).toMatch(/^1[mM]$/);
    expect(formatAxisTick(39_630_000_000, 'en')).toMatch(/^39\.6\s?(bn|B)$/);
    expect(formatAxisTick(10, 'en')).toBe('10');
  });
});

describe('formatIsoDate', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('writes dates in each locale', () => {
    expect(formatIsoDate('2024-05-01', 'zh')).toBe('2024年5月1日');
    expect(formatIsoDate('2024-05-01', 'en')).toBe('1 May 2024');
    expect(formatIsoDate('2024-04-08', 'zh')).toBe('2024年4月8日');
    expect(formatIsoDate('2024-04-08', 'en')).toBe('8 April 2024');
  });

  it.each(['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'UTC'])(
    'does not shift a day in time zone %s',
    (tz) => {
      process.env.TZ = tz;
      expect(formatIsoDate('2023-01-01', 'en')).toBe('1 January 2023');
      expect(formatIsoDate('2023-12-31', 'zh')).toBe('2023年12月31日');
      expect(formatIsoDate('2024-02-29', 'en')).toBe('29 February 2024');
    },
  );
});
