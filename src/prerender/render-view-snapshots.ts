import articleDataset from 'virtual:article-dataset';
import { THEME_NAMES } from '@/charts/theme';
import { LOCALES } from '@/i18n/locale';
import { vocabularyOf, yearsOf, type ViewFilter, type YearFilter } from '@/state/filter-state';
import {
  snapshotFileName,
  snapshotViewOf,
  STATIC_WIDTHS,
  type SnapshotFile,
  type SnapshotPart,
  type SnapshotLayout,
  type SnapshotViews,
} from '@/snapshots/snapshot-file';
import { renderViewImages } from '@/snapshots/render-chart-snapshots';

const LAYOUTS: readonly SnapshotLayout[] = ['desktop', 'compact'];

/** The years the build draws views of: all years, then each year of the article. */
export function snapshotYears(): YearFilter[] {
  return ['all', ...yearsOf(articleDataset)];
}

/** The views a part holds, as filters over all years or by year alone. */
function partViews(part: SnapshotPart): ViewFilter[] {
  if (part === 'years') {
    return snapshotYears().map((year) => ({ year, agencies: [], categories: [] }));
  }
  // The filter bar's buttons: every agency with a figure, every category.
  const { agencyIds, categories } = vocabularyOf(articleDataset);
  return [
    ...agencyIds.map((id) => ({ year: 'all' as const, agencies: [id], categories: [] })),
    ...categories.map((c) => ({ year: 'all' as const, agencies: [], categories: [c] })),
  ];
}

/** One part's snapshot files of the build (every set): file name → its content, as written. */
export function renderViewSnapshots(part: SnapshotPart): Record<string, string> {
  const files: Record<string, string> = {};
  for (const locale of LOCALES)
    for (const theme of THEME_NAMES)
      for (const layout of LAYOUTS) {
        const views: SnapshotViews = {};
        for (const filter of partViews(part)) {
          const view = snapshotViewOf(filter);
          if (view?.part !== part)
            throw new Error(`${JSON.stringify(filter)} is not a ${part} view`);
          views[view.key] = renderViewImages(articleDataset, filter, {
            locale,
            theme,
            compact: layout === 'compact',
            width: STATIC_WIDTHS[layout],
          });
        }
        const file: SnapshotFile = { views };
        files[snapshotFileName({ locale, theme, layout }, part)] = JSON.stringify(file);
      }
  return files;
}
