/**
 * Clicks that land on the prerendered page before React has hydrated it would be lost. They
 * are recorded from the first script on, answered at once with visible feedback (the button
 * shows as pressed, a progress bar runs), and replayed once the app can act on them.
 */
import { metricIdAtStaticChart } from './state/static-chart-target';

const pending: (() => void)[] = [];
let recording = false;

/**
 * A button in a `data-single-choice` group (year, language, theme, chart or table) is chosen;
 * any other pressed button toggles. Every pressed button must be one or the other: clicking
 * the chosen one changes no state, so React would never undo a wrong optimistic toggle.
 */
function showFeedback(target: HTMLElement): void {
  document.documentElement.dataset.pending = 'true';
  if (!target.hasAttribute('aria-pressed')) return;
  const group = target.closest('[data-single-choice]');
  if (group) {
    for (const button of group.querySelectorAll('[aria-pressed]')) {
      button.setAttribute('aria-pressed', String(button === target));
    }
  } else {
    target.setAttribute('aria-pressed', String(target.getAttribute('aria-pressed') !== 'true'));
  }
}

/** The clicked control, or the one React put in its place if it re-created that part. */
function sameControl(target: HTMLElement): HTMLElement | undefined {
  if (target.isConnected) return target;
  const name = target.getAttribute('aria-label') ?? target.textContent;
  return [...document.querySelectorAll<HTMLElement>(target.tagName)].find(
    (el) => (el.getAttribute('aria-label') ?? el.textContent) === name,
  );
}

/** A bar of a prerendered chart: open its quote through the URL, as the app itself does. */
function openFigure(metricId: string): void {
  const params = new URLSearchParams(window.location.search);
  params.set('figure', metricId);
  window.history.pushState(null, '', `${window.location.pathname}?${params}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

function record(event: MouseEvent): void {
  const target =
    event.target instanceof Element ? event.target.closest('button, a, summary') : null;
  const metricId = metricIdAtStaticChart(event.target);
  if (target instanceof HTMLElement) {
    keepFromReact(event);
    showFeedback(target);
    pending.push(() => sameControl(target)?.click());
  } else if (metricId) {
    keepFromReact(event);
    document.documentElement.dataset.pending = 'true';
    pending.push(() => openFigure(metricId));
  }
}

/**
 * The click is answered by its replay alone. While React hydrates, a click reaching its root
 * makes it hydrate the whole page at once, inside the click (140–230 ms on a phone, CPU 4x,
 * measured): the press shown here would not be painted until then.
 */
function keepFromReact(event: MouseEvent): void {
  event.preventDefault();
  event.stopPropagation();
}

export function recordEarlyClicks(): void {
  if (recording) return;
  recording = true;
  document.addEventListener('click', record, { capture: true });
}

export function replayEarlyClicks(): void {
  document.removeEventListener('click', record, { capture: true });
  recording = false;
  // React's handlers work from React's state, so the optimistic aria-pressed needs no undoing.
  for (const action of pending.splice(0)) action();
  delete document.documentElement.dataset.pending;
}
