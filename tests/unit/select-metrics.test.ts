import { describe, expect, it } from 'vitest';
import { articleDataset } from '@/data/article-dataset';
import { CATEGORIES, type Category, type Dataset, type Metric, type Period } from '@/data/schema';
import { vocabularyOf, yearsOf, type YearFilter } from '@/state/filter-state';
import {
  metricMatches,
  periodOverlapsYear,
  periodSpansBeyondYear,
  selectEvents,
  selectMetrics,
} from '@/state/select-metrics';
import {
  PERIOD_2021,
  PERIOD_DAY_2022,
  PERIOD_SINCE_2021,
  PERIOD_UNSTATED,
  SYNTHETIC_DATASET,
} from './fixtures/synthetic-dataset';

function period(type: Period['type'], start: string | null, end: string, label = 'p'): Period {
  return { type, start, end, label: { zh: label, en: label } };
}

const SINCE_2023 = period('since', '2023-01-01', '2024-05-01', '2023年以来');
const YEAR_2023 = period('year', '2023-01-01', '2023-12-31');
const YTD_2024 = period('year-to-date', '2024-01-01', '2024-05-01');
const UNSTATED = period('unstated', null, '2024-05-01');

describe('periodOverlapsYear', () => {
  it('shows a "since 2023" period (to 2024-05-01) under 2023 and 2024, not 2022 or 2025', () => {
    expect(periodOverlapsYear(SINCE_2023, 2023)).toBe(true);
    expect(periodOverlapsYear(SINCE_2023, 2024)).toBe(true);
    expect(periodOverlapsYear(SINCE_2023, 2022)).toBe(false);
    expect(periodOverlapsYear(SINCE_2023, 2025)).toBe(false);
    expect(periodOverlapsYear(SINCE_2023, 'all')).toBe(true);
  });

  it('matches an unstated period (start null) only under "all"', () => {
    expect(periodOverlapsYear(UNSTATED, 'all')).toBe(true);
    for (const year of [2020, 2022, 2023, 2024, 2025]) {
      expect(periodOverlapsYear(UNSTATED, year)).toBe(false);
    }
  });

  it('keeps a calendar year to itself', () => {
    expect(periodOverlapsYear(YEAR_2023, 2023)).toBe(true);
    expect(periodOverlapsYear(YEAR_2023, 2022)).toBe(false);
    expect(periodOverlapsYear(YEAR_2023, 2024)).toBe(false);
  });

  it('counts a single boundary day as an overlap', () => {
    const newYearsEve = period('day', '2023-12-31', '2023-12-31');
    const newYearsDay = period('day', '2024-01-01', '2024-01-01');
    expect(periodOverlapsYear(newYearsEve, 2023)).toBe(true);
    expect(periodOverlapsYear(newYearsEve, 2024)).toBe(false);
    expect(periodOverlapsYear(newYearsDay, 2024)).toBe(true);
    expect(periodOverlapsYear(newYearsDay, 2023)).toBe(false);
    const straddle = period('range', '2023-12-31', '2024-01-01');
    expect(periodOverlapsYear(straddle, 2023)).toBe(true);
    expect(periodOverlapsYear(straddle, 2024)).toBe(true);
  });

  it('covers every year of a multi-year range', () => {
    const range = period('range', '2019-06-01', '2022-02-01');
    expect([2018, 2019, 2020, 2021, 2022, 2023].map((y) => periodOverlapsYear(range, y))).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('periodSpansBeyondYear', () => {
  it('flags "since 2023" under 2023 and under 2024', () => {
    expect(periodSpansBeyondYear(SINCE_2023, 2023)).toBe(true);
    expect(periodSpansBeyondYear(SINCE_2023, 2024)).toBe(true);
  });

  it('does not flag periods inside the chosen year', () => {
    expect(periodSpansBeyondYear(YEAR_2023, 2023)).toBe(false);
    expect(periodSpansBeyondYear(YTD_2024, 2024)).toBe(false);
    expect(periodSpansBeyondYear(period('day', '2024-04-07', '2024-04-07'), 2024)).toBe(false);
  });

  it('never flags under "all" or for an unstated start', () => {
    for (const p of [SINCE_2023, YEAR_2023, YTD_2024, UNSTATED]) {
      expect(periodSpansBeyondYear(p, 'all')).toBe(false);
    }
    expect(periodSpansBeyondYear(UNSTATED, 2024)).toBe(false);
  });

  it('flags a range that starts in the year and ends after it', () => {
    const range = period('range', '2022-09-01', '2024-04-08');
    expect(periodSpansBeyondYear(range, 2022)).toBe(true);
    expect(periodSpansBeyondYear(range, 2023)).toBe(true);
    expect(periodSpansBeyondYear(range, 2024)).toBe(true);
  });
});

/* ------------------------------------------------------------------ */
/* Brute force: the rule re-implemented with year numbers, not string comparison. */

function expectedYearMatch(p: Period, year: YearFilter): boolean {
  if (year === 'all') return true;
  if (p.start === null) return false;
  const first = Number(p.start.slice(0, 4));
  const last = Number(p.end.slice(0, 4));
  return first <= year && year <= last;
}

interface Combination {
  year: YearFilter;
  agencies: string[];
  categories: Category[];
}

function expectedSelection(dataset: Dataset, filter: Combination): string[] {
  const out: string[] = [];
  for (const metric of dataset.metrics) {
    if (!expectedYearMatch(metric.period, filter.year)) continue;
    if (filter.categories.length > 0 && filter.categories.indexOf(metric.category) < 0) continue;
    if (filter.agencies.length > 0) {
      let any = false;
      for (const a of metric.agencies) if (filter.agencies.indexOf(a) >= 0) any = true;
      if (!any) continue;
    }
    out.push(metric.id);
  }
  return out;
}

function combinations(dataset: Dataset): Combination[] {
  const vocabulary = vocabularyOf(dataset);
  const years: YearFilter[] = ['all', ...yearsOf(dataset)];
  const agencyChoices: string[][] = [[], ...vocabulary.agencyIds.map((id) => [id])];
  // Pairs: each agency with the next one, and the first with the last.
  vocabulary.agencyIds.forEach((id, i) => {
    const next = vocabulary.agencyIds[i + 1];
    if (next) agencyChoices.push([id, next]);
  });
  const first = vocabulary.agencyIds[0];
  const last = vocabulary.agencyIds.at(-1);
  if (first && last && first !== last) agencyChoices.push([last, first]);
  const categoryChoices: Category[][] = [
    [],
    ...CATEGORIES.map((c) => [c]),
    ['prevention', 'governance'],
  ];
  const out: Combination[] = [];
  for (const year of years) {
    for (const agencies of agencyChoices) {
      for (const categories of categoryChoices) out.push({ year, agencies, categories });
    }
  }
  return out;
}

function label(c: Combination): string {
  return `year=${c.year} agency=${c.agencies.join(',') || '-'} category=${c.categories.join(',') || '-'}`;
}

function checkCombination(dataset: Dataset, combination: Combination): void {
  const selected = selectMetrics(dataset, combination);
  expect(selected.map((m) => m.id)).toEqual(expectedSelection(dataset, combination));
  for (const metric of selected) {
    expect(metricMatches(metric, combination)).toBe(true);
    expect(expectedYearMatch(metric.period, combination.year)).toBe(true);
    if (combination.categories.length > 0) {
      expect(combination.categories).toContain(metric.category);
    }
    if (combination.agencies.length > 0) {
      expect(metric.agencies.some((a) => combination.agencies.includes(a))).toBe(true);
    }
    // The selector returns the dataset's own records, unchanged.
    expect(dataset.metrics).toContain(metric);
  }
  // Whatever is left out really fails the filter.
  const ids = new Set(selected.map((m) => m.id));
  for (const metric of dataset.metrics) {
    if (!ids.has(metric.id)) expect(metricMatches(metric, combination)).toBe(false);
  }
}

describe('selectMetrics over every filter combination the UI can make (article data)', () => {
  const all = combinations(articleDataset);

  it('enumerates years, agencies (none, each, pairs) and categories', () => {
    expect(yearsOf(articleDataset)).toEqual([2022, 2023, 2024]);
    expect(all.length).toBe(4 * (1 + 13 + 13) * 8);
  });

  it.each(all.map((c) => [label(c), c] as const))('%s', (_label, combination) => {
    checkCombination(articleDataset, combination);
  });
});

describe('selectMetrics over every filter combination (synthetic data)', () => {
  const all = combinations(SYNTHETIC_DATASET);

  it('uses only the agencies that figures name', () => {
    expect(vocabularyOf(SYNTHETIC_DATASET).agencyIds).toEqual(['alpha', 'beta', 'gamma', 'delta']);
    expect(yearsOf(SYNTHETIC_DATASET)).toEqual([2021, 2022]);
  });

  it.each(all.map((c) => [label(c), c] as const))('%s', (_label, combination) => {
    checkCombination(SYNTHETIC_DATASET, combination);
  });

  it('puts a "since 2021" figure under 2021 and 2022, an unstated one under neither', () => {
    const ids = (year: YearFilter) =>
      selectMetrics(SYNTHETIC_DATASET, { year, agencies: [], categories: [] }).map((m) => m.id);
    expect(ids(2021)).toContain('fall-small');
    expect(ids(2022)).toContain('fall-small');
    expect(ids(2021)).not.toContain('firms');
    expect(ids(2022)).not.toContain('firms');
    expect(ids('all')).toContain('firms');
    expect(ids(2022)).toEqual(['fall-small', 'alerts']);
    expect(ids(2021)).not.toContain('alerts');
  });
});

describe('selectMetrics on known figures of the article', () => {
  const ids = (year: YearFilter, agencies: string[] = [], categories: Category[] = []) =>
    selectMetrics(articleDataset, { year, agencies, categories }).map((m) => m.id);

  it('shows "since 2023" figures under 2023 and 2024 but not 2022', () => {
    for (const id of ['yoy-arrests', 'yoy-indictments', 'yoy-suspects-prosecuted']) {
      expect(ids(2023)).toContain(id);
      expect(ids(2024)).toContain(id);
      expect(ids(2022)).not.toContain(id);
    }
  });

  it('shows figures with no stated start only under all years', () => {
    const unstated = articleDataset.metrics.filter((m) => m.period.start === null);
    expect(unstated.map((m) => m.id).sort()).toEqual(
      ['firms-punished', 'industry-insiders', 'task-teams-sent', 'two-cards-offenders'].sort(),
    );
    for (const m of unstated) {
      expect(ids('all')).toContain(m.id);
      for (const year of [2022, 2023, 2024]) expect(ids(year)).not.toContain(m.id);
    }
  });

  it('shows the 2022·9·9 case (2022-09..2024-04) under every year', () => {
    for (const year of [2022, 2023, 2024]) expect(ids(year)).toContain('case-2022-suspects');
  });

  it('keeps 2023 figures out of 2024 and the 2024 year-to-date figure out of 2023', () => {
    expect(ids(2024)).not.toContain('yoy-cases-2023');
    expect(ids(2023)).not.toContain('yoy-cases-2024-ytd');
    expect(ids(2024)).toContain('yoy-cases-2024-ytd');
  });

  it('offers only years that show at least one figure', () => {
    for (const year of yearsOf(articleDataset)) expect(ids(year).length).toBeGreaterThan(0);
  });

  it('returns every figure with no filter, in data order', () => {
    expect(ids('all')).toEqual(articleDataset.metrics.map((m) => m.id));
  });

  it('treats several agencies as "any of them" (union), not "all of them"', () => {
    const comms = ids('all', ['hubei-comms']);
    const cac = ids('all', ['hubei-cac']);
    const both = ids('all', ['hubei-comms', 'hubei-cac']);
    expect(new Set(both)).toEqual(new Set([...comms, ...cac]));
    expect(comms.length).toBeGreaterThan(0);
    expect(cac.length).toBeGreaterThan(0);
  });

  it('treats several categories as a union as well', () => {
    const a = ids('all', [], ['prevention']);
    const b = ids('all', [], ['governance']);
    expect(new Set(ids('all', [], ['prevention', 'governance']))).toEqual(new Set([...a, ...b]));
  });

  it('drops figures with no agency once an agency is chosen', () => {
    const noAgency = articleDataset.metrics.filter((m) => m.agencies.length === 0);
    expect(noAgency.length).toBeGreaterThan(0);
    for (const id of vocabularyOf(articleDataset).agencyIds) {
      const got = ids('all', [id]);
      for (const m of noAgency) expect(got).not.toContain(m.id);
    }
  });

  it('matches nothing for an agency no figure names', () => {
    expect(ids('all', ['pboc-hubei'])).toEqual([]);
  });

  it('a year filter only narrows the selection', () => {
    const every = new Set(ids('all'));
    for (const year of [2022, 2023, 2024]) {
      for (const id of ids(year)) expect(every.has(id)).toBe(true);
    }
  });
});

describe('metricMatches with hand-made periods', () => {
  const base: Metric = SYNTHETIC_DATASET.metrics[0] as Metric;
  const withPeriod = (p: Period): Metric => ({ ...base, period: p });

  it('applies the year rule per period type', () => {
    const f = (year: YearFilter) => ({ year, agencies: [], categories: [] as Category[] });
    expect(metricMatches(withPeriod(PERIOD_2021), f(2021))).toBe(true);
    expect(metricMatches(withPeriod(PERIOD_2021), f(2022))).toBe(false);
    expect(metricMatches(withPeriod(PERIOD_SINCE_2021), f(2022))).toBe(true);
    expect(metricMatches(withPeriod(PERIOD_DAY_2022), f(2021))).toBe(false);
    expect(metricMatches(withPeriod(PERIOD_UNSTATED), f(2022))).toBe(false);
    expect(metricMatches(withPeriod(PERIOD_UNSTATED), f('all'))).toBe(true);
  });
});

describe('selectEvents', () => {
  function expectedEvents(dataset: Dataset, year: YearFilter): string[] {
    return dataset.events
      .filter((e) => year === 'all' || Number(e.date.slice(0, 4)) === year)
      .map((e) => ({ id: e.id, t: Date.parse(e.date) }))
      .sort((a, b) => a.t - b.t)
      .map((e) => e.id);
  }

  it.each([
    ['article', articleDataset],
    ['synthetic', SYNTHETIC_DATASET],
  ] as const)('filters %s events by year and sorts them by date', (_name, dataset) => {
    const years: YearFilter[] = ['all', ...yearsOf(dataset), 1999, 2030];
    for (const year of years) {
      const got = selectEvents(dataset, { year });
      expect(got.map((e) => e.id)).toEqual(expectedEvents(dataset, year));
      for (let i = 1; i < got.length; i++) {
        expect((got[i - 1]?.date ?? '') <= (got[i]?.date ?? '')).toBe(true);
      }
    }
  });

  it('gives the article events per year', () => {
    const ids = (year: YearFilter) => selectEvents(articleDataset, { year }).map((e) => e.id);
    expect(ids(2022)).toEqual(['case-2022-9-9-opened']);
    expect(ids(2023)).toEqual([]);
    expect(ids(2024)).toEqual([
      'xiangyang-rescue',
      'coordination-meeting',
      'yichang-rescue',
      'case-2022-9-9-briefing',
    ]);
    expect(ids('all')).toHaveLength(articleDataset.events.length);
  });

  it('sorts the synthetic events although they are stored out of order', () => {
    expect(selectEvents(SYNTHETIC_DATASET, { year: 'all' }).map((e) => e.id)).toEqual([
      'early',
      'middle',
      'late',
    ]);
  });

  it('does not reorder the dataset it reads', () => {
    const before = SYNTHETIC_DATASET.events.map((e) => e.id);
    selectEvents(SYNTHETIC_DATASET, { year: 'all' });
    expect(SYNTHETIC_DATASET.events.map((e) => e.id)).toEqual(before);
  });
});
