import type { ThemeName } from '@/charts/theme';
import { DEFAULT_STATE, type FilterState } from './filter-state';

/**
 * The build prerenders one view: the article's data, no filters, Chinese, light theme (desktop and
 * phone layouts both). Only then may the static SVG stand in for a live chart.
 */
export function isPrerenderedView(
  state: FilterState,
  theme: ThemeName,
  isArticleData: boolean,
): boolean {
  return (
    isArticleData &&
    theme === 'light' &&
    state.lang === DEFAULT_STATE.lang &&
    state.year === DEFAULT_STATE.year &&
    state.agencies.length === 0 &&
    state.categories.length === 0
  );
}
