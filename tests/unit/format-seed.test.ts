import { afterEach, describe, expect, it } from 'vitest';
import { formatIsoDate } from '@/i18n/format-date';
import { formatCount } from '@/i18n/format-number';
import {
  FORMAT_SEED_ID,
  recordFormats,
  resetFormatSeed,
  takeRecordedFormats,
} from '@/i18n/format-seed';

/** A page whose seed <template> holds `text` (the unit tests run without a DOM). */
function pageWithSeed(text: string | null): void {
  Object.assign(globalThis, {
    document: {
      getElementById: (id: string) =>
        id === FORMAT_SEED_ID && text !== null ? { content: { textContent: text } } : null,
    },
  });
  resetFormatSeed();
}

const COUNT_ZH = 'zh|{"useGrouping":"min2"}';

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'document');
  resetFormatSeed();
});

describe('the format seed', () => {
  it('answers before Intl for the inputs it has, Intl for the others', () => {
    // A string Intl would never make proves the seed answered.
    pageWithSeed(JSON.stringify({ [COUNT_ZH]: { '12345': 'SEEDED' } }));
    expect(formatCount(12345, 'zh')).toBe('SEEDED');
    expect(formatCount(54321, 'zh')).toBe('54,321');
    expect(formatCount(12345, 'en')).toBe('12,345');
  });

  it('keys dates by their time, as Date or as milliseconds', () => {
    const key = 'zh|{"year":"numeric","month":"long","day":"numeric","timeZone":"UTC"}';
    pageWithSeed(JSON.stringify({ [key]: { [String(Date.UTC(2024, 4, 1))]: 'SEEDED' } }));
    expect(formatIsoDate('2024-05-01', 'zh')).toBe('SEEDED');
    expect(formatIsoDate('2024-05-02', 'zh')).toBe('2024年5月2日');
  });

  it.each([
    ['not JSON', '{"zh|'],
    ['not an object', '[1, 2]'],
    ['a number where a string belongs', JSON.stringify({ [COUNT_ZH]: { '12345': 1 } })],
    ['no element', null],
  ])('is ignored when damaged (%s): Intl answers', (_, text) => {
    pageWithSeed(text);
    expect(formatCount(12345, 'zh')).toBe('12,345');
  });

  it('records every string formatted while the build records, and only then', () => {
    formatCount(777, 'en');
    recordFormats();
    formatCount(12345, 'zh');
    formatIsoDate('2024-05-01', 'en');
    const recorded = takeRecordedFormats();
    expect(recorded[COUNT_ZH]).toEqual({ '12345': '12,345' });
    expect(Object.values(recorded).flatMap((t) => Object.values(t))).toEqual([
      '12,345',
      '1 May 2024',
    ]);
    formatCount(888, 'zh');
    expect(takeRecordedFormats()).toEqual({});
  });
});
