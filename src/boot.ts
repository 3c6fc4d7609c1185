import './index.css';
import { recordEarlyClicks } from './early-clicks';

/**
 * The page's only script tag. A prerendered page is painted first, and only then is the app
 * fetched and started, so that React never stands between the reader and the figures. A click
 * in between is kept and answered when the app is ready; the first touch also starts fetching
 * ECharts, which any change of view will need.
 */
const start = () => void import('./main');
const VIEW_PARAMS = ['year', 'agency', 'category', 'lang'];

/**
 * The prerendered page shows the default view. A link to another view must not flash the
 * default figures as if they were its own: they stay hidden (space kept) until the app has
 * drawn the view the link names.
 */
function hidePrerenderedFiguresIfAnotherView(): void {
  const params = new URLSearchParams(window.location.search);
  if (VIEW_PARAMS.some((name) => params.has(name))) document.documentElement.dataset.view = 'other';
}

const fetchCharts = () => void import('./components/live-echart');

/**
 * This script is `async`: it runs as soon as it arrives, often while the prerendered page is
 * still being parsed and already painted, so clicks are kept and another view's figures
 * hidden from the start. The app itself starts only once the whole page has been parsed.
 */
hidePrerenderedFiguresIfAnotherView();
recordEarlyClicks();
for (const type of ['pointerdown', 'keydown', 'click'] as const) {
  window.addEventListener(type, fetchCharts, { capture: true, once: true, passive: true });
}
function startAfterParse(): void {
  const root = document.getElementById('root');
  // Keyboard too: the prerendered controls belong to the default view (main.tsx lifts this).
  if (root && document.documentElement.dataset.view === 'other') root.inert = true;
  if (root?.hasChildNodes()) {
    requestAnimationFrame(() => setTimeout(start, 0));
  } else {
    start();
  }
}
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', startAfterParse, { once: true });
} else {
  startAfterParse();
}
