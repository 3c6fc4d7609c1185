import articleDataset from 'virtual:article-dataset';
import { THEME_NAMES } from '@/charts/theme';
import { LOCALES } from '@/i18n/locale';
import { yearsOf, type YearFilter } from '@/state/filter-state';
import {
  snapshotFileName,
  snapshotViewKey,
  type SnapshotFile,
  type SnapshotLayout,
  type SnapshotViews,
} from '@/snapshots/snapshot-file';
import { withLocalFontFaces } from '@/charts/local-font-faces';
import { renderViewCharts } from './render-static-charts';

const LAYOUTS: readonly SnapshotLayout[] = ['desktop', 'compact'];

/** The years the build draws views of: all years, then each year of the article. */
export function snapshotYears(): YearFilter[] {
  return ['all', ...yearsOf(articleDataset)];
}

/** Every snapshot file of the build: file name → its content, as written. */
export function renderViewSnapshots(): Record<string, string> {
  const years = snapshotYears();
  const files: Record<string, string> = {};
  for (const locale of LOCALES)
    for (const theme of THEME_NAMES)
      for (const layout of LAYOUTS) {
        const views: SnapshotViews = {};
        for (const year of years) {
          const charts = renderViewCharts({ year, locale, theme, compact: layout === 'compact' });
          // Shown as images: each SVG names the local fonts itself (local-font-faces.ts).
          views[snapshotViewKey(year)] = Object.fromEntries(
            Object.entries(charts).map(([id, { snapshot }]) => [
              id,
              { ...snapshot, svg: withLocalFontFaces(snapshot.svg) },
            ]),
          );
        }
        const file: SnapshotFile = { views };
        files[snapshotFileName({ locale, theme, layout })] = JSON.stringify(file);
      }
  return files;
}
