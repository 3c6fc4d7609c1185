import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { requestLiveCharts, startChartsOnInteractionOrIdle } from './state/charts-live';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// The built page holds the prerendered view; the dev server's page is empty.
if (root.hasChildNodes()) {
  hydrateRoot(root, app);
  startChartsOnInteractionOrIdle(3000);
} else {
  requestLiveCharts();
  createRoot(root).render(app);
}
