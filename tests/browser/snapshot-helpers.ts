import type { Page } from '@playwright/test';
import type { ChartSnapshot } from '@/snapshots/snapshot-file';
import { expect } from './fixtures';

/** The texts each live chart draws, by chart id (charts hidden by an empty view left out). */
export function liveTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const card of document.querySelectorAll('[data-chart]')) {
      const drawn = card.querySelector('.echarts-for-react');
      if (!drawn || drawn.closest('[hidden]')) continue;
      out[card.getAttribute('data-chart') ?? ''] = [...drawn.querySelectorAll('svg text')].map(
        (t) => t.textContent ?? '',
      );
    }
    return out;
  });
}

/** The texts each snapshot of a view draws, read by the browser's own SVG parser. */
export function snapshotTexts(page: Page, charts: Record<string, { svg: string }>) {
  return page.evaluate(
    (svgs) => {
      const out: Record<string, string[]> = {};
      for (const [id, svg] of Object.entries(svgs)) {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        out[id] = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
      }
      return out;
    },
    Object.fromEntries(Object.entries(charts).map(([id, c]) => [id, c.svg])),
  );
}

/**
 * Clicks a filter button (a CSS selector inside the filter bar) from inside the page and reads
 * what every card shows once React has committed, before any frame has run: what the reader
 * sees in the click's own frame.
 */
export function clickAndReadCards(page: Page, selector: string) {
  return page.evaluate(async (selector) => {
    document.querySelector<HTMLButtonElement>(`[data-testid="filters"] ${selector}`)?.click();
    // React has committed (a microtask after the click); no frame has run yet.
    await Promise.resolve();
    return {
      stale: document.querySelectorAll('[data-stale]').length,
      snapshots: document.querySelectorAll('[data-snapshot-chart]').length,
      cards: [...document.querySelectorAll('[data-chart]')].map((card) => {
        const image = card.querySelector<HTMLImageElement>('[data-snapshot-chart] img');
        return {
          id: card.getAttribute('data-chart'),
          shows: card.querySelector('[data-testid="empty-state"]')
            ? 'empty'
            : image
              ? 'snapshot'
              : 'other',
          /** The snapshot image's address (a data: URL). */
          image: image?.src ?? null,
        };
      }),
    };
  }, selector);
}

/** Every chart of the view shows its snapshot, every other card its empty state. */
export function expectSnapshotsOf(
  justAfter: Awaited<ReturnType<typeof clickAndReadCards>>,
  charts: Record<string, ChartSnapshot>,
): string[] {
  expect(justAfter.stale).toBe(0);
  const expected = Object.keys(charts);
  expect(expected.length).toBeGreaterThan(0);
  for (const { id, shows } of justAfter.cards) {
    expect(shows, `chart ${id}`).toBe(expected.includes(id ?? '') ? 'snapshot' : 'empty');
  }
  return expected;
}
