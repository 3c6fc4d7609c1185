import { describe, expect, it } from 'vitest';
import { articleDataset } from '@/data/article-dataset';
import { CATEGORIES, type Category } from '@/data/schema';
import { vocabularyOf, yearsOf, type YearFilter } from '@/state/filter-state';
import { HEADLINE_IDS, selectHeadlines } from '@/state/select-headlines';
import { selectMetrics } from '@/state/select-metrics';
import { SYNTHETIC_METRICS } from './fixtures/synthetic-dataset';

const { metrics } = articleDataset;

describe('selectHeadlines', () => {
  it('every headline id is a figure of the article', () => {
    const ids = new Set(metrics.map((m) => m.id));
    for (const id of HEADLINE_IDS) expect(ids.has(id)).toBe(true);
    expect(new Set(HEADLINE_IDS).size).toBe(HEADLINE_IDS.length);
  });

  it('leads with the headline figures in their fixed order', () => {
    expect(selectHeadlines(metrics).map((m) => m.id)).toEqual([...HEADLINE_IDS]);
  });

  it('returns the records themselves', () => {
    for (const m of selectHeadlines(metrics)) expect(metrics).toContain(m);
  });

  it('ignores the input order', () => {
    const reversed = [...metrics].reverse();
    expect(selectHeadlines(reversed).map((m) => m.id)).toEqual([...HEADLINE_IDS]);
  });

  it('skips headlines that the filters removed', () => {
    const ids = (year: YearFilter) =>
      selectHeadlines(selectMetrics(articleDataset, { year, agencies: [], categories: [] })).map(
        (m) => m.id,
      );
    expect(ids(2024)).toEqual(['yoy-cases-2024-ytd']);
    expect(ids(2023)).toEqual(HEADLINE_IDS.filter((id) => id !== 'yoy-cases-2024-ytd'));
    expect(ids(2022)).toEqual([]);
  });

  it('is the headline list restricted to the filtered figures, for every filter', () => {
    const vocabulary = vocabularyOf(articleDataset);
    const years: YearFilter[] = ['all', ...yearsOf(articleDataset)];
    const agencyChoices = [[], ...vocabulary.agencyIds.map((a) => [a])];
    const categoryChoices: Category[][] = [[], ...CATEGORIES.map((c) => [c])];
    for (const year of years) {
      for (const agencies of agencyChoices) {
        for (const categories of categoryChoices) {
          const selected = selectMetrics(articleDataset, { year, agencies, categories });
          const present = new Set(selected.map((m) => m.id));
          expect(selectHeadlines(selected).map((m) => m.id)).toEqual(
            HEADLINE_IDS.filter((id) => present.has(id)),
          );
        }
      }
    }
  });

  it('gives nothing for figures that are not headlines', () => {
    expect(selectHeadlines(SYNTHETIC_METRICS)).toEqual([]);
    expect(selectHeadlines([])).toEqual([]);
  });
});
