import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '@/app';
import { StaticChartsContext, type StaticChartSvgs } from '@/state/static-charts-context';
import { setServerSearch } from '@/state/use-url-state';
import { LOCALES } from '@/i18n/locale';
import { DEFAULT_STATE } from '@/state/filter-state';
import { serializeUrlState } from '@/state/url-state';
import { renderStaticCharts } from './render-static-charts';
import { snapshotYears } from './render-view-snapshots';

function renderApp(staticCharts: Record<string, StaticChartSvgs>): string {
  return renderToString(
    <StrictMode>
      <StaticChartsContext.Provider value={staticCharts}>
        <App />
      </StaticChartsContext.Provider>
    </StrictMode>,
  );
}

/** The default view as HTML, for the built index.html; run by scripts/prerender.ts. */
export function renderPage(): string {
  return renderApp(renderStaticCharts());
}

/**
 * The page at another view, thrown away: rendering it formats its strings, which the build
 * records for the seed (format-seed.ts). No prerendered charts: those are the default view's.
 */
export function renderViewAt(search: string): void {
  setServerSearch(search);
  try {
    renderApp({});
  } finally {
    setServerSearch('');
  }
}

/** Every view the build prerenders or snapshots (each language, each year), as URL queries. */
export function prerenderedViewSearches(): string[] {
  return LOCALES.flatMap((lang) =>
    snapshotYears().map((year) => serializeUrlState({ ...DEFAULT_STATE, lang, year })),
  );
}
