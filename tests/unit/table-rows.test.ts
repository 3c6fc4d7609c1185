import { describe, expect, it } from 'vitest';
import { articleDataset } from '@/data/article-dataset';
import { formatMetricValue } from '@/i18n/format-number';
import { LOCALES } from '@/i18n/locale';
import { CATEGORY_LABELS, STRINGS } from '@/i18n/strings';
import { agencyNames, eventCsvTable, metricCsvTable, metricTableRows } from '@/state/table-rows';
import { SYNTHETIC_DATASET } from './fixtures/synthetic-dataset';

const { metrics, agencies, events } = articleDataset;

describe('agencyNames', () => {
  it('joins names with 、 in zh and ; in en', () => {
    const ids = ['hubei-public-security', 'hubei-comms'];
    expect(agencyNames(ids, agencies, 'zh')).toBe('湖北省公安厅、湖北省通信管理局');
    expect(agencyNames(ids, agencies, 'en')).toBe(
      'Hubei Provincial Public Security Department; Hubei Communications Administration',
    );
  });

  it('says so when the article names no agency', () => {
    for (const locale of LOCALES) {
      expect(agencyNames([], agencies, locale)).toBe(STRINGS[locale].noAgency);
    }
  });

  it('falls back to the id for an unknown agency rather than dropping it', () => {
    expect(agencyNames(['alpha', 'ghost'], SYNTHETIC_DATASET.agencies, 'en')).toBe('Alpha; ghost');
  });

  it('keeps the order of the figure', () => {
    expect(agencyNames(['beta', 'alpha'], SYNTHETIC_DATASET.agencies, 'zh')).toBe('乙单位、甲单位');
  });
});

describe.each(LOCALES.map((l) => [l] as const))('metricTableRows (%s)', (locale) => {
  const rows = metricTableRows(metrics, agencies, locale);

  it('has one row per figure, in order', () => {
    expect(rows.map((r) => r.id)).toEqual(metrics.map((m) => m.id));
  });

  it('shows each figure as the charts do, and keeps the raw number', () => {
    metrics.forEach((m, i) => {
      const row = rows[i];
      expect(row?.figure).toBe(m.title[locale]);
      expect(row?.value).toBe(formatMetricValue(m, locale));
      expect(row?.rawValue).toBe(m.value);
      expect(row?.qualifier).toBe(m.qualifier);
      expect(row?.unit).toBe(m.unit);
      expect(row?.period).toBe(m.period.label[locale]);
      expect(row?.periodStart).toBe(m.period.start ?? '');
      expect(row?.periodEnd).toBe(m.period.end);
      expect(row?.category).toBe(CATEGORY_LABELS[m.category][locale]);
      expect(row?.quote).toBe(m.quote);
      if (m.agencies.length === 0) {
        expect(row?.agencies).toBe(STRINGS[locale].noAgency);
      } else {
        for (const id of m.agencies) {
          const name = agencies.find((a) => a.id === id)?.name[locale];
          expect(name).toBeDefined();
          expect(row?.agencies).toContain(name);
        }
      }
    });
  });

  it('leaves an unstated start empty, not "null"', () => {
    const unstated = rows.filter((r) => metrics.find((m) => m.id === r.id)?.period.start === null);
    expect(unstated.length).toBeGreaterThan(0);
    for (const r of unstated) expect(r.periodStart).toBe('');
  });

  it('builds a CSV table whose rows line up with the header', () => {
    const { header, body } = metricCsvTable(rows);
    expect(header).toEqual([
      'id',
      'figure',
      'value_as_shown',
      'value',
      'qualifier',
      'unit',
      'period',
      'period_start',
      'period_end',
      'agencies',
      'category',
      'quote',
    ]);
    expect(body).toHaveLength(rows.length);
    body.forEach((cells, i) => {
      const row = rows[i];
      if (!row) throw new Error('missing row');
      expect(cells).toHaveLength(header.length);
      const cell = (name: string) => cells[header.indexOf(name)];
      expect(cell('id')).toBe(row.id);
      expect(cell('value')).toBe(row.rawValue);
      expect(typeof cell('value')).toBe('number');
      expect(cell('value_as_shown')).toBe(row.value);
      expect(cell('qualifier')).toBe(row.qualifier);
      expect(cell('period_start')).toBe(row.periodStart);
      expect(cell('quote')).toBe(row.quote);
    });
  });

  it('makes the qualifier explicit for at-least figures', () => {
    const { header, body } = metricCsvTable(rows);
    const at = header.indexOf('qualifier');
    const id = header.indexOf('id');
    const atLeast = body.filter((cells) => cells[at] === 'at-least').map((cells) => cells[id]);
    expect(atLeast.sort()).toEqual(['numbers-blacklisted', 'publicity-events', 'sms-sent']);
  });
});

describe('eventCsvTable', () => {
  it.each(LOCALES.map((l) => [l] as const))('%s: one row per event, localized titles', (locale) => {
    const { header, body } = eventCsvTable(events, locale);
    expect(header).toEqual(['id', 'date', 'precision', 'event', 'quote']);
    expect(body).toEqual(events.map((e) => [e.id, e.date, e.precision, e.title[locale], e.quote]));
  });
});
