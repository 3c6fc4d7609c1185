import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleDataset } from '@/data/article-dataset';
import { CATEGORIES, type Category } from '@/data/schema';
import { LOCALES } from '@/i18n/locale';
import { vocabularyOf, type FilterState, type StateVocabulary } from '@/state/filter-state';
import { parseUrlState, serializeUrlState } from '@/state/url-state';
import { SYNTHETIC_DATASET } from './fixtures/synthetic-dataset';
import { expectValidState } from './fixtures/valid-state';

const NUM_RUNS = 2000;
const SEED = 20240501;

const vocabulary = vocabularyOf(articleDataset);
const PARAMS = ['year', 'agency', 'category', 'lang', 'figure'] as const;

/** Percent-encoding garbage and other shapes that break naive decoders. */
const GARBAGE = [
  '%',
  '%%',
  '%%%',
  '%E0%A4%A',
  '%E0%A4',
  '%C0%80',
  '%ED%A0%80',
  '%FF%FE%FD',
  '%zz',
  '%2',
  '%2C',
  '%2C%2C',
  '%00',
  '%0A%0D',
  '%26',
  '%3D',
  '%23',
  '+',
  '++',
  '=',
  '&',
  '#',
  '?',
  '\u0000',
  '\ud800',
  '\udfff',
  '\u2028',
  '\ufeff',
  '２０２３',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  '-0',
  '1e3',
  '2023.0',
  ' 2023',
  'null',
  'undefined',
  '[]',
  '{}',
];

const knownToken = fc.constantFrom(
  'all',
  ...vocabulary.years.map(String),
  ...vocabulary.agencyIds,
  ...CATEGORIES,
  ...LOCALES,
  ...vocabulary.figureIds,
  'pboc-hubei',
  '2021',
  '2025',
);

const piece = fc.oneof(
  knownToken,
  fc.constantFrom(...GARBAGE),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ maxLength: 8 }),
);

const value = fc.array(piece, { maxLength: 6 }).chain((pieces) =>
  fc
    .array(fc.constantFrom(',', '', ' ', '%2C', '+'), {
      minLength: pieces.length,
      maxLength: pieces.length,
    })
    .map((seps) => pieces.map((p, i) => `${p}${seps[i] ?? ''}`).join('')),
);

const key = fc.oneof(
  fc.constantFrom(...PARAMS),
  fc.constantFrom('YEAR', 'Year', 'year ', 'agency[]', 'lang%3D', '', 'figure%00'),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

const pair = fc.tuple(key, value, fc.constantFrom('=', '==', '', '=%3D'));

const queryFromPairs = fc
  .tuple(
    fc.constantFrom('?', '', '??', '&', '?&'),
    fc.array(pair, { maxLength: 8 }),
    fc.constantFrom('&', '&&', ';', '&amp;'),
  )
  .map(
    ([prefix, pairs, joiner]) =>
      prefix + pairs.map(([k, v, eq]) => (eq === '' ? k : `${k}${eq}${v}`)).join(joiner),
  );

/** Real-looking links, each one mangled a little. */
const mangledLink = fc
  .tuple(
    fc.record({
      year: fc.constantFrom<FilterState['year']>('all', ...vocabulary.years),
      agencies: fc.uniqueArray(fc.constantFrom(...vocabulary.agencyIds), { maxLength: 4 }),
      categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES), { maxLength: 3 }),
      lang: fc.constantFrom(...LOCALES),
      figure: fc.option(fc.constantFrom(...vocabulary.figureIds), { nil: null }),
    }),
    fc.nat(),
    fc.constantFrom(...GARBAGE),
    fc.constantFrom('insert', 'delete', 'truncate', 'repeat'),
  )
  .map(([state, at, junk, how]) => {
    const link = serializeUrlState(state);
    const i = link.length === 0 ? 0 : at % link.length;
    if (how === 'insert') return link.slice(0, i) + junk + link.slice(i);
    if (how === 'delete') return link.slice(0, i) + link.slice(i + 1);
    if (how === 'truncate') return link.slice(0, i);
    return link + '&' + link.slice(1);
  });

const anyQuery = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ maxLength: 200 }),
  queryFromPairs,
  mangledLink,
  fc.string({ unit: 'binary', minLength: 480, maxLength: 620 }).map((s) => `?agency=${s}`),
);

function checkParse(search: string, vocab: StateVocabulary): void {
  let parsed: ReturnType<typeof parseUrlState> | undefined;
  expect(() => {
    parsed = parseUrlState(search, vocab);
  }).not.toThrow();
  if (!parsed) throw new Error('unreachable');
  const { state, notes } = parsed;
  expectValidState(state, vocab);
  for (const note of notes) {
    expect(PARAMS).toContain(note.param);
    expect(typeof note.raw).toBe('string');
    expect(note.reason.length).toBeGreaterThan(0);
    // A note never echoes more than the cap of what the reader typed.
    expect(note.raw.length).toBeLessThanOrEqual(500);
  }
  // At most one note per parameter.
  expect(new Set(notes.map((n) => n.param)).size).toBe(notes.length);
  // Whatever was read, the state writes to a link that reads back to itself, without notes.
  const again = parseUrlState(serializeUrlState(state), vocab);
  expect(again.state).toEqual(state);
  expect(again.notes).toEqual([]);
}

describe('parseUrlState: property-based', () => {
  it(`never throws and always gives a valid state (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(anyQuery, (search) => {
        checkParse(search, vocabulary);
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    );
  });

  it('does the same for the synthetic vocabulary', () => {
    const synthetic = vocabularyOf(SYNTHETIC_DATASET);
    fc.assert(
      fc.property(anyQuery, (search) => {
        checkParse(search, synthetic);
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  it('keeps exactly the known members of a list, in order, and notes the rest', () => {
    const member = fc.oneof(
      fc.constantFrom(...vocabulary.agencyIds),
      fc.constantFrom('nope', 'pboc-hubei', 'HUBEI-COMMS', 'x_y', '中文'),
    );
    fc.assert(
      fc.property(fc.array(member, { maxLength: 10 }), (members) => {
        const raw = members.join(',');
        fc.pre(raw.length <= 500);
        const { state, notes } = parseUrlState(`?agency=${encodeURIComponent(raw)}`, vocabulary);
        const known = members.filter((m) => vocabulary.agencyIds.includes(m));
        const unknown = members.filter((m) => !vocabulary.agencyIds.includes(m));
        expect(state.agencies).toEqual([...new Set(known)]);
        if (unknown.length === 0) {
          expect(notes).toEqual([]);
        } else {
          expect(notes).toHaveLength(1);
          expect(notes[0]?.param).toBe('agency');
          expect(notes[0]?.raw.split(',')).toEqual(unknown);
        }
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  it('round-trips any state the UI can make', () => {
    const state = fc.record({
      year: fc.constantFrom<FilterState['year']>('all', ...vocabulary.years),
      agencies: fc.uniqueArray(fc.constantFrom(...vocabulary.agencyIds)),
      categories: fc.uniqueArray(fc.constantFrom<Category>(...CATEGORIES)),
      lang: fc.constantFrom(...LOCALES),
      figure: fc.option(fc.constantFrom(...vocabulary.figureIds), { nil: null }),
    });
    fc.assert(
      fc.property(state, (s) => {
        const search = serializeUrlState(s);
        expect(search === '' || search.startsWith('?')).toBe(true);
        const parsed = parseUrlState(search, vocabulary);
        expect(parsed.notes).toEqual([]);
        expect(parsed.state).toEqual(s);
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    );
  });
});
