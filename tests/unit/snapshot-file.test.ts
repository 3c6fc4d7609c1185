import { describe, expect, it } from 'vitest';
import { parseSnapshotFile, snapshotFileName, snapshotViewKey } from '@/snapshots/snapshot-file';

const chart = {
  svg: '<svg xmlns="http://www.w3.org/2000/svg" width="576" height="240"></svg>',
  width: 576,
  height: 240,
  title: '同比变化',
  marks: [[175, 20, 200, 32, 'yoy-arrests']],
};

describe('snapshot files', () => {
  it('are named by language, theme and layout, and hold views by year', () => {
    expect(snapshotFileName({ locale: 'en', theme: 'dark', layout: 'compact' })).toBe(
      'en-dark-compact.json',
    );
    expect(snapshotViewKey('all')).toBe('all');
    expect(snapshotViewKey(2023)).toBe('2023');
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
