import './index.css';
import { recordEarlyClicks } from './early-clicks';
import { loadSnapshots } from './snapshots/snapshot-store';
import { linkMayNameFilterView } from './snapshots/snapshot-file';
import { COMPACT_QUERY } from './state/compact-layout';
import { watchFirstInteraction } from './state/first-interaction';
import { currentTheme } from './state/theme-choice';
import { localeOfSearch } from './i18n/locale';

/**
 * The page's only script tag. A prerendered page is painted first, and only then is the app
 * fetched and started, so that React never stands between the reader and the figures. A click
 * in between is kept and answered when the app is ready.
 */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
// React's code is most of the app's: evaluated in a task of its own, then the app's in the
// next, so that no single task holds a slow phone for long.
const start = () => {
  void import('react-dom/client').then(nextTask).then(() => import('./main'));
  // Year views drawn at build time, for this reader's language, theme and layout: a click
  // right after load shows its charts without waiting for ECharts.
  const set = {
    locale: localeOfSearch(window.location.search),
    theme: currentTheme(),
    layout: window.matchMedia(COMPACT_QUERY).matches ? 'compact' : 'desktop',
  } as const;
  // A link to another view may be drawn from them at once; the first view needs them only
  // for a click.
  const otherView = document.documentElement.dataset.view === 'other';
  loadSnapshots(set, 'years', otherView ? (use) => use() : undefined);
  if (otherView && linkMayNameFilterView(window.location.search)) {
    loadSnapshots(set, 'filters', (use) => use());
  }
};
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

// Until this runs, the prerendered buttons and bars take no clicks (index.css): a click that
// no script can see would be lost.
document.documentElement.dataset.boot = '';
hidePrerenderedFiguresIfAnotherView();
recordEarlyClicks();
// The app starts the live charts at the first touch (main.tsx). Not ECharts from here: a
// touch right after load would have it evaluated (~0.3 s on a slow phone) before the app
// starts, and a year click needs none of it to show its charts (snapshots).
watchFirstInteraction();

// A module script runs after the document is parsed: the prerendered page is all there.
const root = document.getElementById('root');
// Keyboard too: the prerendered controls belong to the default view (main.tsx lifts this).
if (root && document.documentElement.dataset.view === 'other') root.inert = true;
if (root?.hasChildNodes()) {
  requestAnimationFrame(() => setTimeout(start, 0));
} else {
  start();
}
