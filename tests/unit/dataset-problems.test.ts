import { describe, expect, it } from 'vitest';
import { articleDataset } from '@/data/article-dataset';
import { LIMITS } from '@/data/dataset-limits';
import { parseDataset } from '@/data/load-dataset';
import { parseDatasetJson } from '@/data/parse-dataset-json';
import type { Dataset } from '@/data/schema';

/** A deep copy of the article's data as plain JSON, to break one thing at a time. */
function article(): Dataset {
  return JSON.parse(JSON.stringify(articleDataset)) as Dataset;
}

function errorsOf(input: unknown): string[] {
  const result = parseDataset(input);
  if (result.ok) throw new Error('expected the dataset to be refused');
  return result.errors;
}

/**
 * The article's data with some fields changed, as a hand-edited file would have them:
 * `{ 'metrics.12.value': '2万余' }`; `undefined` deletes the field.
 */
function edit(changes: Record<string, unknown>): unknown {
  const data: unknown = article();
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop() ?? '';
    let node = data as Record<string, unknown>;
    for (const key of keys) node = node[key] as Record<string, unknown>;
    if (value === undefined) delete node[last];
    else node[last] = value;
  }
  return data;
}

const { metrics, agencies, events } = articleDataset;

describe('dataset problems, each with a plain message', () => {
  it('a number written as text, as in the issue', () => {
    const input = edit({ 'metrics.12.value': '2万余' });
    expect(errorsOf(input)).toEqual(['metrics[12].value: expected a number, got "2万余"']);
  });

  it('numbers as strings, everywhere a number is expected', () => {
    const input = edit({ 'metrics.0.value': '31', 'metrics.1.value': '4.0' });
    expect(errorsOf(input)).toEqual([
      'metrics[0].value: expected a number, got "31"',
      'metrics[1].value: expected a number, got "4.0"',
    ]);
  });

  it('NaN and Infinity (possible in a JS object, not in JSON text)', () => {
    const input = edit({
      'metrics.0.value': Number.NaN,
      'metrics.1.value': Number.POSITIVE_INFINITY,
      'metrics.2.value': Number.NEGATIVE_INFINITY,
    });
    expect(errorsOf(input)).toEqual([
      'metrics[0].value: expected a number, got NaN',
      'metrics[1].value: expected a number, got Infinity',
      'metrics[2].value: expected a number, got -Infinity',
    ]);
  });

  it('a value beyond the sane bound', () => {
    const input = edit({ 'metrics.0.value': 1e308 });
    expect(errorsOf(input)).toEqual([
      'metrics[0].value: must be at most 1,000,000,000,000,000, got 1e+308',
    ]);
  });

  it('duplicate ids in figures, agencies and events', () => {
    const input = edit({
      'metrics.1.id': metrics[0]?.id,
      agencies: [...agencies, agencies[0]],
      events: [...events, events[0]],
    });
    expect(errorsOf(input)).toEqual([
      `agencies[${agencies.length}].id: duplicate id "hubei-coordination-mechanism"`,
      'metrics[1].id: duplicate id "coordination-member-units"',
      `events[${events.length}].id: duplicate id "case-2022-9-9-opened"`,
    ]);
  });

  it('an agency id that no agency has', () => {
    const input = edit({
      'metrics.0.agencies': ['hubei-coordination-mechanism', 'no-such-agency'],
    });
    expect(errorsOf(input)).toEqual(['metrics[0].agencies[1]: unknown agency id "no-such-agency"']);
  });

  it('a quote that does not state its number', () => {
    const input = edit({ 'metrics.0.quote': '整合了多个单位资源力量' });
    expect(errorsOf(input)).toEqual([
      'metrics[0].quote: does not contain the figure\'s valueText "31": a quote must state its number',
    ]);
  });

  it('the article’s own quotes all contain their valueText', () => {
    for (const m of articleDataset.metrics) expect(m.quote).toContain(m.valueText);
  });

  it('strings longer than sane limits, with the length said and the text not echoed in full', () => {
    const input = edit({
      'metrics.0.title.en': 'x'.repeat(5000),
      'metrics.1.quote': `${metrics[1]?.valueText}${'长'.repeat(LIMITS.quoteChars)}`,
      'source.title': '标题'.repeat(101),
    });
    const errors = errorsOf(input);
    expect(errors).toEqual([
      'source.title: too long: 202 characters, at most 200',
      'metrics[0].title.en: too long: 5,000 characters, at most 200',
      'metrics[1].quote: too long: 1,001 characters, at most 1000',
    ]);
  });

  it('too many figures', () => {
    const input = edit({
      metrics: Array.from({ length: LIMITS.metrics + 1 }, (_, i) => ({
        ...metrics[0],
        id: `m-${i}`,
      })),
    });
    expect(errorsOf(input)).toEqual(['metrics: too many items: 100,001 items, at most 100,000']);
  });

  it('empty text, a missing field, a wrong enum value, a bad date, a date out of range', () => {
    const input = edit({
      'metrics.0.title.zh': '',
      'metrics.1.quote': undefined,
      'metrics.2.unit': 'km',
      'metrics.3.period.end': '2024/4/8',
      'events.0.date': '0001-01-01',
    });
    expect(errorsOf(input)).toEqual([
      'metrics[0].title.zh: must not be empty',
      'metrics[1].quote: missing (expected text)',
      'metrics[2].unit: expected one of "count", "times", "person-times", "yuan", "percent", got "km"',
      'metrics[3].period.end: expected a date written YYYY-MM-DD, got "2024/4/8"',
      'events[0].date: expected a date between 1900-01-01 and 2100-12-31, got "0001-01-01"',
    ]);
  });

  it('a source link that is not http(s) is refused, whatever its scheme', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example/x',
    ]) {
      const input = edit({ 'source.repost.url': url, 'source.originalUrl': url });
      const errors = errorsOf(input);
      expect(errors).toHaveLength(2);
      expect(errors[0]).toMatch(
        /^source\.repost\.url: expected an http:\/\/ or https:\/\/ link, got "/,
      );
      expect(errors[1]).toMatch(/^source\.originalUrl: expected an http:\/\/ or https:\/\/ link/);
    }
  });

  it('cuts what it echoes to 40 characters', () => {
    const input = edit({ 'metrics.0.unit': `<img src=x onerror=alert(1)>${'a'.repeat(100)}` });
    const [error] = errorsOf(input);
    expect(error).toContain('got "<img src=x onerror=alert(1)>aaaaaaaaaaaa…"');
  });

  it('the wrong shape at the top', () => {
    expect(errorsOf([])).toEqual(['expected an object, got a list of 0 items']);
    expect(errorsOf('dataset')).toEqual(['expected an object, got "dataset"']);
    expect(errorsOf(null)).toEqual(['expected an object, got null']);
    expect(errorsOf({ metrics: {} })).toEqual([
      'source: missing (expected an object)',
      'agencies: missing (expected a list)',
      'metrics: expected a list, got an object',
      'events: missing (expected a list)',
    ]);
  });

  it('JSON text goes through the same messages', () => {
    const text = JSON.stringify(edit({ 'metrics.12.value': '2万余' }));
    expect(parseDatasetJson(text)).toEqual({
      ok: false,
      errors: ['metrics[12].value: expected a number, got "2万余"'],
    });
  });
});
