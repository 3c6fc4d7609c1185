import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHART_SPECS } from '@/charts/chart-specs';
import { CATEGORIES } from '@/data/schema';
import { exportFileName } from '@/export/export-file-name';
import { DEFAULT_STATE, type FilterState } from '@/state/filter-state';

type NameState = Pick<FilterState, 'year' | 'agencies' | 'categories' | 'lang'>;
const base: NameState = {
  year: DEFAULT_STATE.year,
  agencies: [],
  categories: [],
  lang: DEFAULT_STATE.lang,
};

describe('exportFileName', () => {
  it('names the chart and nothing else for the default view', () => {
    expect(exportFileName('yoy', base, 'png')).toBe('hubei-antifraud-yoy.png');
    expect(exportFileName('funds', base, 'csv')).toBe('hubei-antifraud-funds.csv');
  });

  it('yoy + 2023 → hubei-antifraud-yoy-2023.png', () => {
    expect(exportFileName('yoy', { ...base, year: 2023 }, 'png')).toBe(
      'hubei-antifraud-yoy-2023.png',
    );
  });

  it('appends agencies (sorted), categories (sorted) and a non-default language', () => {
    expect(
      exportFileName(
        'yoy',
        {
          year: 2023,
          agencies: ['hubei-police', 'hubei-comms'],
          categories: ['warning', 'prevention'],
          lang: 'en',
        },
        'svg',
      ),
    ).toBe('hubei-antifraud-yoy-2023-hubei-comms-hubei-police-prevention-warning-en.svg');
    expect(exportFileName('yoy', { ...base, agencies: ['hubei-comms'], lang: 'en' }, 'png')).toBe(
      'hubei-antifraud-yoy-hubei-comms-en.png',
    );
    expect(exportFileName('yoy', { ...base, lang: 'zh' }, 'png')).toBe('hubei-antifraud-yoy.png');
  });

  it('gives the same name whatever order the filters were picked in', () => {
    const a = exportFileName(
      'x',
      { ...base, agencies: ['b', 'a'], categories: ['warning', 'overall'] },
      'png',
    );
    const b = exportFileName(
      'x',
      { ...base, agencies: ['a', 'b'], categories: ['overall', 'warning'] },
      'png',
    );
    expect(a).toBe(b);
  });

  it('does not reorder the state it reads', () => {
    const agencies = ['z', 'a'];
    exportFileName('x', { ...base, agencies }, 'png');
    expect(agencies).toEqual(['z', 'a']);
  });

  it('uses every chart slug as is', () => {
    for (const spec of CHART_SPECS) {
      expect(exportFileName(spec.slug, base, 'png')).toBe(`hubei-antifraud-${spec.slug}.png`);
    }
  });

  it('removes characters that are unsafe in file names', () => {
    const name = exportFileName(
      '../..\\etc/passwd',
      { ...base, agencies: ['a b', 'c:d', '<e>', '湖北'] },
      'png',
    );
    expect(name).toMatch(/^[A-Za-z0-9-]+\.png$/);
    expect(name).not.toContain('..');
    expect(name).not.toContain('/');
    expect(name).not.toContain('\\');
    expect(name.startsWith('hubei-antifraud-')).toBe(true);
  });

  it('is always a short, safe name (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.constantFrom<NameState['year']>('all', 2022, 2023, 2024),
        fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 12 }),
        fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
        fc.constantFrom<NameState['lang']>('zh', 'en'),
        fc.constantFrom('png', 'svg', 'csv'),
        (slug, year, agencies, categories, lang, ext) => {
          const name = exportFileName(slug, { year, agencies, categories, lang }, ext);
          expect(name).toMatch(new RegExp(`^[A-Za-z0-9-]+\\.${ext}$`));
          expect(name.length).toBeLessThanOrEqual(150 + 1 + ext.length);
          expect(name.startsWith('hubei-antifraud')).toBe(true);
        },
      ),
      { numRuns: 500, seed: 7 },
    );
  });
});

describe('exportFileName with many filters', () => {
  it('stays short and still tells views apart', () => {
    const agencies = Array.from({ length: 13 }, (_, i) => `agency-number-${i}`);
    const zh = exportFileName(
      'lines-of-defence',
      { year: 2023, agencies, categories: [], lang: 'zh' },
      'png',
    );
    const en = exportFileName(
      'lines-of-defence',
      { year: 2023, agencies, categories: [], lang: 'en' },
      'png',
    );
    expect(zh).not.toBe(en);
    expect(zh.length).toBeLessThanOrEqual(124);
    expect(zh).toMatch(
      /^hubei-antifraud-lines-of-defence-2023-agency-number-0-.*-[0-9a-f]{8}\.png$/,
    );
  });
});
