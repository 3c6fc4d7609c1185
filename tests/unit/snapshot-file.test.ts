import { describe, expect, it } from 'vitest';
import type { Category } from '@/data/schema';
import {
  linkMayNameFilterView,
  parseSnapshotFile,
  snapshotFileName,
  snapshotViewOf,
} from '@/snapshots/snapshot-file';

const chart = {
  svg: '<svg xmlns="http://www.w3.org/2000/svg" width="576" height="240"></svg>',
  width: 576,
  height: 240,
  title: '同比变化',
  marks: [[175, 20, 200, 32, 'yoy-arrests']],
};

describe('snapshot files', () => {
  it('are named by language, theme and layout, one for years and one for filters', () => {
    const set = { locale: 'en', theme: 'dark', layout: 'compact' } as const;
    expect(snapshotFileName(set)).toBe('en-dark-compact.json');
    expect(snapshotFileName(set, 'years')).toBe('en-dark-compact.json');
    expect(snapshotFileName(set, 'filters')).toBe('en-dark-compact-filters.json');
  });

  it('hold views by year, and by one agency or one category over all years', () => {
    const view = (year: 'all' | number, agencies: string[], categories: Category[]) =>
      snapshotViewOf({ year, agencies, categories });
    expect(view('all', [], [])).toEqual({ part: 'years', key: 'all' });
    expect(view(2023, [], [])).toEqual({ part: 'years', key: '2023' });
    expect(view('all', ['banks'], [])).toEqual({ part: 'filters', key: 'agency:banks' });
    expect(view('all', [], ['recovery'])).toEqual({ part: 'filters', key: 'category:recovery' });
    // Any other view is ECharts' to draw.
    expect(view(2023, ['banks'], [])).toBeNull();
    expect(view('all', ['banks', 'hubei-police'], [])).toBeNull();
    expect(view('all', ['banks'], ['recovery'])).toBeNull();
    expect(view('all', [], ['recovery', 'warning'])).toBeNull();
  });

  it('tell from a link alone whether its view may be in the filters’ file', () => {
    expect(linkMayNameFilterView('?agency=banks')).toBe(true);
    expect(linkMayNameFilterView('?category=recovery&lang=en')).toBe(true);
    // The app drops names it does not know, and a year it cannot read: still one agency.
    expect(linkMayNameFilterView('?agency=banks,nope&year=abc')).toBe(true);
    expect(linkMayNameFilterView('')).toBe(false);
    expect(linkMayNameFilterView('?year=2023&lang=en')).toBe(false);
    expect(linkMayNameFilterView('?agency=banks&year=2023')).toBe(false);
  });

  it('accepts a well-formed file', () => {
    const file = { views: { all: { yoy: chart }, 2022: {} } };
    expect(parseSnapshotFile(file)).toEqual(file);
  });

  it.each([
    ['not an object', 'oops'],
    ['null', null],
    ['no views', {}],
    ['views as a list', { views: [] }],
    ['a chart as markup', { views: { all: { yoy: '<svg></svg>' } } }],
    ['an svg that is not SVG', { views: { all: { yoy: { ...chart, svg: '<script>' } } } }],
    ['a zero size', { views: { all: { yoy: { ...chart, width: 0 } } } }],
    ['a size that is not a number', { views: { all: { yoy: { ...chart, height: '240' } } } }],
    ['a mark without its figure', { views: { all: { yoy: { ...chart, marks: [[1, 2, 3, 4]] } } } }],
    ['a mark with NaN', { views: { all: { yoy: { ...chart, marks: [[NaN, 2, 3, 4, 'x']] } } } }],
  ])('rejects a file with %s: no snapshot at all', (_, json) => {
    expect(parseSnapshotFile(json)).toBeNull();
  });
});
