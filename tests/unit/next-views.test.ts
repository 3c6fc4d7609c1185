import { describe, expect, it } from 'vitest';
import articleDataset from 'virtual:article-dataset';
import { nextViews, viewKey } from '@/snapshots/next-views';
import { vocabularyOf } from '@/state/filter-state';

const buttons = {
  years: [2022, 2023],
  agencyIds: ['a', 'b'],
  categories: ['warning', 'recovery'],
} as const;

describe('viewKey', () => {
  it('names a view whatever order its agencies and categories were chosen in', () => {
    expect(viewKey({ year: 2023, agencies: ['b', 'a'], categories: ['recovery', 'warning'] })).toBe(
      viewKey({ year: 2023, agencies: ['a', 'b'], categories: ['warning', 'recovery'] }),
    );
  });

  it('tells views apart', () => {
    const keys = [
      viewKey({ year: 'all', agencies: [], categories: [] }),
      viewKey({ year: 2023, agencies: [], categories: [] }),
      viewKey({ year: 'all', agencies: ['a'], categories: [] }),
      viewKey({ year: 'all', agencies: [], categories: ['warning'] }),
      viewKey({ year: 'all', agencies: ['a', 'b'], categories: [] }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('nextViews', () => {
  it('lists each view one click of the filter bar away, the likeliest first', () => {
    const view = { year: 2023, agencies: ['a'], categories: ['warning' as const] };
    expect(nextViews(view, buttons)).toEqual([
      { year: 'all', agencies: ['a'], categories: ['warning'] },
      { year: 2022, agencies: ['a'], categories: ['warning'] },
      { year: 2023, agencies: ['a'], categories: [] },
      { year: 2023, agencies: ['a'], categories: ['warning', 'recovery'] },
      { year: 'all', agencies: [], categories: [] },
      { year: 2023, agencies: [], categories: ['warning'] },
      { year: 2023, agencies: ['a', 'b'], categories: ['warning'] },
    ]);
  });

  it('never lists the view itself nor one view twice', () => {
    // From the first view, "clear filters" is the view itself.
    const first = { year: 'all' as const, agencies: [], categories: [] };
    const views = nextViews(first, buttons);
    const keys = views.map(viewKey);
    expect(keys).not.toContain(viewKey(first));
    expect(new Set(keys).size).toBe(keys.length);
    expect(views).toHaveLength(2 + 2 + 2);
  });

  it("covers the article's filter bar: every year, category and agency button", () => {
    const vocabulary = vocabularyOf(articleDataset);
    const view = { year: 2023, agencies: [vocabulary.agencyIds[0] ?? ''], categories: [] };
    const count =
      vocabulary.years.length + vocabulary.categories.length + 1 + vocabulary.agencyIds.length;
    expect(nextViews(view, vocabulary)).toHaveLength(count);
  });
});
