import { localeNamed, type Locale } from '@/i18n/locale';
import type { Category } from '@/data/schema';
import {
  DEFAULT_STATE,
  type FilterState,
  type StateVocabulary,
  type YearFilter,
} from './filter-state';

/** One URL parameter, read: present and valid, present and not, or absent. */
export type ParamResult<T> =
  | { status: 'valid'; value: T }
  /** `value` is what could be salvaged (the known members of a list), if anything. */
  | { status: 'invalid'; raw: string; reason: ParamReason; value?: T }
  | { status: 'missing' };

/** Why a value was ignored, as a code: the page words it in the reader's language. */
export const PARAM_REASONS = [
  'not-a-year-on-offer',
  'unknown-value',
  'not-a-language',
  'unknown-figure',
  'too-long',
] as const;
export type ParamReason = (typeof PARAM_REASONS)[number];

export interface ParamNote {
  param: string;
  raw: string;
  reason: ParamReason;
}

export interface ParsedUrlState {
  state: FilterState;
  notes: ParamNote[];
}

const MAX_PARAM_LENGTH = 500;

function parseYear(raw: string, vocabulary: StateVocabulary): ParamResult<YearFilter> {
  if (raw === 'all') return { status: 'valid', value: 'all' };
  const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  if (vocabulary.years.includes(year)) return { status: 'valid', value: year };
  return {
    status: 'invalid',
    raw,
    reason: 'not-a-year-on-offer',
  };
}

/** A list keeps its known members and reports the rest, so one typo does not lose the others. */
function parseList<T extends string>(raw: string, allowed: readonly T[]): ParamResult<T[]> {
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = items.filter((s): s is T => (allowed as readonly string[]).includes(s));
  const unknown = items.filter((s) => !(allowed as readonly string[]).includes(s));
  const value = [...new Set(known)];
  if (unknown.length === 0) return { status: 'valid', value };
  return { status: 'invalid', raw: unknown.join(','), reason: 'unknown-value', value };
}

function parseLang(raw: string): ParamResult<Locale> {
  const lang = localeNamed(raw);
  if (lang) return { status: 'valid', value: lang };
  return { status: 'invalid', raw, reason: 'not-a-language' };
}

function parseFigure(raw: string, vocabulary: StateVocabulary): ParamResult<string | null> {
  if (vocabulary.figureIds.includes(raw)) return { status: 'valid', value: raw };
  return { status: 'invalid', raw, reason: 'unknown-figure' };
}

function read<T>(
  params: URLSearchParams,
  name: string,
  parse: (raw: string) => ParamResult<T>,
): ParamResult<T> {
  const raw = params.get(name);
  if (raw === null) return { status: 'missing' };
  if (raw.length > MAX_PARAM_LENGTH) {
    return { status: 'invalid', raw: `${raw.slice(0, 40)}…`, reason: 'too-long' };
  }
  return parse(raw);
}

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

/** Never throws: whatever the query string, the result is a valid state plus notes. */
export function parseUrlState(search: string, vocabulary: StateVocabulary): ParsedUrlState {
  const params = safeParams(search);
  const notes: ParamNote[] = [];
  function take<T>(name: string, result: ParamResult<T>, fallback: T): T {
    if (result.status === 'missing') return fallback;
    if (result.status === 'valid') return result.value;
    notes.push({ param: name, raw: result.raw, reason: result.reason });
    return result.value ?? fallback;
  }
  const state: FilterState = {
    year: take(
      'year',
      read(params, 'year', (r) => parseYear(r, vocabulary)),
      DEFAULT_STATE.year,
    ),
    agencies: take(
      'agency',
      read(params, 'agency', (r) => parseList(r, vocabulary.agencyIds)),
      DEFAULT_STATE.agencies,
    ),
    categories: take<Category[]>(
      'category',
      read(params, 'category', (r) => parseList(r, vocabulary.categories)),
      DEFAULT_STATE.categories,
    ),
    lang: take('lang', read(params, 'lang', parseLang), DEFAULT_STATE.lang),
    figure: take(
      'figure',
      read(params, 'figure', (r) => parseFigure(r, vocabulary)),
      null,
    ),
  };
  return { state, notes };
}

/** Only what differs from the defaults goes in the link, in a fixed order. */
export function serializeUrlState(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.year !== DEFAULT_STATE.year) params.set('year', String(state.year));
  if (state.agencies.length > 0) params.set('agency', state.agencies.join(','));
  if (state.categories.length > 0) params.set('category', state.categories.join(','));
  if (state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  if (state.figure) params.set('figure', state.figure);
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
