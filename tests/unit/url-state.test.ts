import { describe, expect, it } from 'vitest';
import { articleDataset } from '@/data/article-dataset';
import { CATEGORIES, type Category } from '@/data/schema';
import { LOCALES } from '@/i18n/locale';
import {
  DEFAULT_STATE,
  vocabularyOf,
  type FilterState,
  type StateVocabulary,
} from '@/state/filter-state';
import { parseUrlState, serializeUrlState } from '@/state/url-state';
import { SYNTHETIC_DATASET } from './fixtures/synthetic-dataset';
import { expectValidState } from './fixtures/valid-state';

const vocabulary = vocabularyOf(articleDataset);

describe('parseUrlState: valid links', () => {
  it('gives the defaults for an empty query, with or without "?"', () => {
    for (const search of ['', '?', '?&&', '&']) {
      const { state, notes } = parseUrlState(search, vocabulary);
      expect(state).toEqual(DEFAULT_STATE);
      expect(notes).toEqual([]);
    }
  });

  it('reads every parameter', () => {
    const { state, notes } = parseUrlState(
      '?year=2023&agency=hubei-comms,hubei-cac&category=prevention,governance&lang=en&figure=sms-sent',
      vocabulary,
    );
    expect(notes).toEqual([]);
    expect(state).toEqual({
      year: 2023,
      agencies: ['hubei-comms', 'hubei-cac'],
      categories: ['prevention', 'governance'],
      lang: 'en',
      figure: 'sms-sent',
    });
  });

  it('reads a query without the leading "?"', () => {
    expect(parseUrlState('year=2024&lang=en', vocabulary).state).toMatchObject({
      year: 2024,
      lang: 'en',
    });
  });

  it('accepts year=all explicitly', () => {
    const { state, notes } = parseUrlState('?year=all', vocabulary);
    expect(state.year).toBe('all');
    expect(notes).toEqual([]);
  });

  it('accepts a percent-encoded comma, trims list items and drops duplicates and empties', () => {
    const { state, notes } = parseUrlState(
      '?agency=hubei-comms%2C%20banks,,hubei-comms,&category=%20warning%20',
      vocabulary,
    );
    expect(notes).toEqual([]);
    expect(state.agencies).toEqual(['hubei-comms', 'banks']);
    expect(state.categories).toEqual(['warning']);
  });

  it('ignores parameters it does not know, silently', () => {
    const { state, notes } = parseUrlState('?utm_source=x&foo=bar&theme=dark', vocabulary);
    expect(state).toEqual(DEFAULT_STATE);
    expect(notes).toEqual([]);
  });

  it('reads the first of repeated parameters', () => {
    expect(parseUrlState('?year=2022&year=2024', vocabulary).state.year).toBe(2022);
  });
});

describe('parseUrlState: invalid values are dropped with a note', () => {
  it('?year=abc', () => {
    const { state, notes } = parseUrlState('?year=abc', vocabulary);
    expect(state).toEqual(DEFAULT_STATE);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ param: 'year', raw: 'abc' });
    expect(notes[0]?.reason).toBe('not-a-year-on-offer');
  });

  it.each(['2021', '2025', '02023', '2023.0', ' 2023', '２０２３', '2023x', '', 'ALL', '-2023'])(
    '?year=%s is not a year of the data',
    (raw) => {
      const { state, notes } = parseUrlState(`?year=${encodeURIComponent(raw)}`, vocabulary);
      expect(state.year).toBe('all');
      expect(notes).toEqual([{ param: 'year', raw, reason: expect.any(String) }]);
    },
  );

  it('?agency=hubei-comms,nope keeps hubei-comms and notes nope', () => {
    const { state, notes } = parseUrlState('?agency=hubei-comms,nope', vocabulary);
    expect(state.agencies).toEqual(['hubei-comms']);
    expect(notes).toEqual([{ param: 'agency', raw: 'nope', reason: expect.any(String) }]);
  });

  it('notes every unknown member of a list, together', () => {
    const { state, notes } = parseUrlState('?category=x,prevention,y,warning', vocabulary);
    expect(state.categories).toEqual(['prevention', 'warning']);
    expect(notes).toEqual([{ param: 'category', raw: 'x,y', reason: expect.any(String) }]);
  });

  it('does not accept an agency that exists but names no figure', () => {
    // pboc-hubei is in agencies.json but no figure names it: the filter could only show nothing.
    expect(articleDataset.agencies.some((a) => a.id === 'pboc-hubei')).toBe(true);
    const { state, notes } = parseUrlState('?agency=pboc-hubei', vocabulary);
    expect(state.agencies).toEqual([]);
    expect(notes.map((n) => n.param)).toEqual(['agency']);
  });

  it('?lang=fr', () => {
    const { state, notes } = parseUrlState('?lang=fr', vocabulary);
    expect(state.lang).toBe('zh');
    expect(notes).toEqual([{ param: 'lang', raw: 'fr', reason: expect.any(String) }]);
  });

  it.each(['EN', 'zh-CN', 'en ', ''])('?lang=%s is not a locale', (raw) => {
    const { state, notes } = parseUrlState(`?lang=${encodeURIComponent(raw)}`, vocabulary);
    expect(state.lang).toBe('zh');
    expect(notes).toEqual([{ param: 'lang', raw, reason: expect.any(String) }]);
  });

  it('?figure=nope', () => {
    const { state, notes } = parseUrlState('?figure=nope', vocabulary);
    expect(state.figure).toBeNull();
    expect(notes).toEqual([{ param: 'figure', raw: 'nope', reason: expect.any(String) }]);
  });

  it('rejects an overlong value without echoing it in full', () => {
    const long = 'a'.repeat(501);
    for (const param of ['year', 'agency', 'category', 'lang', 'figure']) {
      const { state, notes } = parseUrlState(`?${param}=${long}`, vocabulary);
      expect(state).toEqual(DEFAULT_STATE);
      expect(notes).toHaveLength(1);
      expect(notes[0]?.param).toBe(param);
      expect(notes[0]?.raw.length).toBeLessThanOrEqual(41);
      expect(long.startsWith((notes[0]?.raw ?? '').replace(/…$/, ''))).toBe(true);
    }
  });

  it('drops an overlong list entirely, even when its members are known', () => {
    const many = Array.from({ length: 60 }, () => 'hubei-comms').join(',');
    expect(many.length).toBeGreaterThan(500);
    const { state, notes } = parseUrlState(`?agency=${many}`, vocabulary);
    expect(state.agencies).toEqual([]);
    expect(notes.map((n) => n.param)).toEqual(['agency']);
  });

  it('reads a value of exactly 500 characters normally', () => {
    const { notes } = parseUrlState(`?figure=${'x'.repeat(500)}`, vocabulary);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.raw).toBe('x'.repeat(500));
  });

  it('reports several bad parameters in a fixed order and keeps the good ones', () => {
    const { state, notes } = parseUrlState(
      '?figure=zzz&lang=fr&category=prevention,bad&agency=nope&year=1999',
      vocabulary,
    );
    expect(notes.map((n) => n.param)).toEqual(['year', 'agency', 'category', 'lang', 'figure']);
    expect(state).toEqual({ ...DEFAULT_STATE, categories: ['prevention'] });
  });

  it.each([
    '?%',
    '?%%',
    '?year=%E0%A4%A',
    '?agency=%FF%FE',
    '?lang=%zz',
    '?figure=%C0%80',
    '?=&=&==',
    '?year',
    '?year&year=2023',
    '?\u0000=\u0000',
    '?agency=\ud800',
    '?category=%ED%A0%80',
    '?' + '&'.repeat(1000),
  ])('never throws on %j', (search) => {
    const { state } = parseUrlState(search, vocabulary);
    expectValidState(state, vocabulary);
  });
});

describe('serializeUrlState', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeUrlState(DEFAULT_STATE)).toBe('');
  });

  it('writes parameters in a fixed order with literal commas', () => {
    expect(
      serializeUrlState({
        figure: 'sms-sent',
        lang: 'en',
        categories: ['warning', 'prevention'],
        agencies: ['hubei-comms', 'banks'],
        year: 2023,
      }),
    ).toBe(
      '?year=2023&agency=hubei-comms,banks&category=warning,prevention&lang=en&figure=sms-sent',
    );
  });

  it('leaves out lang=zh and year=all', () => {
    expect(serializeUrlState({ ...DEFAULT_STATE, lang: 'zh', year: 'all' })).toBe('');
    expect(serializeUrlState({ ...DEFAULT_STATE, year: 2024 })).toBe('?year=2024');
  });
});

describe('round trip state → URL → state', () => {
  function statesFor(vocab: StateVocabulary): FilterState[] {
    const years = ['all' as const, ...vocab.years];
    const agencyLists: string[][] = [
      [],
      ...vocab.agencyIds.map((a) => [a]),
      vocab.agencyIds.slice(0, 3),
      [...vocab.agencyIds].reverse(),
    ];
    const categoryLists: Category[][] = [
      [],
      ...CATEGORIES.map((c) => [c]),
      ['governance', 'prevention'],
      [...CATEGORIES],
    ];
    const figures: (string | null)[] = [null, ...vocab.figureIds.slice(0, 3)];
    const out: FilterState[] = [];
    let i = 0;
    for (const year of years) {
      for (const agencies of agencyLists) {
        for (const categories of categoryLists) {
          const lang = LOCALES[i % LOCALES.length] ?? 'zh';
          const figure = figures[i % figures.length] ?? null;
          out.push({ year, agencies, categories, lang, figure });
          i++;
        }
      }
    }
    return out;
  }

  it.each([
    ['article', vocabulary],
    ['synthetic', vocabularyOf(SYNTHETIC_DATASET)],
  ] as const)('restores every state for the %s vocabulary', (_name, vocab) => {
    const states = statesFor(vocab);
    expect(states.length).toBeGreaterThan(100);
    for (const state of states) {
      const search = serializeUrlState(state);
      const parsed = parseUrlState(search, vocab);
      expect(parsed.notes).toEqual([]);
      expect(parsed.state).toEqual(state);
      // A second trip changes nothing.
      expect(serializeUrlState(parsed.state)).toBe(search);
    }
  });

  it('restores every figure id', () => {
    for (const figure of vocabulary.figureIds) {
      const state: FilterState = { ...DEFAULT_STATE, figure };
      expect(parseUrlState(serializeUrlState(state), vocabulary).state).toEqual(state);
    }
  });
});
