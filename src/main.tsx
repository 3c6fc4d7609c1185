import { startTransition, StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { replayEarlyClicks } from './early-clicks';
import { requestLiveCharts, startChartsOnInteraction } from './state/charts-live';
import { hydration } from './state/hydration';

performance.mark('app:start');

/** Runs once the page is interactive: answers the clicks made before, and says so. */
function Ready() {
  useEffect(() => {
    hydration.done = true;
    performance.mark('app:ready');
    document.documentElement.dataset.app = 'ready';
    delete document.documentElement.dataset.view;
    document.getElementById('root')?.removeAttribute('inert');
    replayEarlyClicks();
  }, []);
  return null;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const app = (
  <StrictMode>
    <App />
    <Ready />
  </StrictMode>
);
// The built page holds the prerendered view; the dev server's page is empty.
if (root.hasChildNodes()) {
  // In a transition, hydration is time-sliced: no long task between first paint and interactive.
  startTransition(() => {
    hydrateRoot(root, app);
  });
  startChartsOnInteraction(() => void import('./components/live-echart'), 3000);
} else {
  hydration.done = true;
  requestLiveCharts();
  createRoot(root).render(app);
}
