import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '@/app';
import { StaticChartsContext } from '@/state/static-charts-context';
import { renderStaticCharts } from './render-static-charts';

/** The default view as HTML, for the built index.html; run by scripts/prerender.ts. */
export function renderPage(): string {
  return renderToString(
    <StrictMode>
      <StaticChartsContext.Provider value={renderStaticCharts()}>
        <App />
      </StaticChartsContext.Provider>
    </StrictMode>,
  );
}
