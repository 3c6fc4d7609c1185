import type { Page } from '@playwright/test';
import { expect, showLiveCharts, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 900 } });

// These tests are about ECharts' redraws: no views drawn ahead (snapshots-ahead.spec.ts) may
// stand in for them, whatever the worker has had time to draw.
test.beforeEach(async ({ page }) => {
  await page.route('**/assets/snapshot-worker-*.js', (route) => route.abort());
});

/** What each live chart on view says: its accessible description and the texts its SVG draws. */
function drawnCharts(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-chart]')].map((card) => {
      // A chart hidden by an empty view keeps its instance (and its last drawing) for later.
      const drawn = card.querySelector('.echarts-for-react');
      const live = drawn?.closest('[hidden]') ? null : drawn;
      return {
        chart: card.getAttribute('data-chart'),
        label: live?.closest('[role="img"]')?.getAttribute('aria-label') ?? null,
        texts: [...(live?.querySelectorAll('svg text') ?? [])].map((t) => t.textContent),
      };
    }),
  );
}

// An agency, the first chosen: that click asks for the filters' snapshot file, so no snapshot
// stands in and ECharts redraws every chart.
const AGENCY = '湖北省通信管理局';

test('after a filter change, charts off screen wait their turn, dimmed, then draw the new view', async ({
  page,
}) => {
  // The same view opened fresh from its link: what the charts must end up drawing.
  const fresh = await page.context().newPage();
  await fresh.goto('/?agency=hubei-comms');
  await showLiveCharts(fresh);
  const expected = await drawnCharts(fresh);
  await fresh.close();

  await page.goto('/');
  await showLiveCharts(page);

  // The click's own frame: React has committed (a microtask after the click), no turn has run.
  const justAfter = await page.evaluate(async (agency) => {
    const button = [
      ...document.querySelectorAll<HTMLButtonElement>('[data-testid="filters"] button'),
    ].find((b) => b.textContent === agency);
    button?.click();
    await Promise.resolve();
    return [...document.querySelectorAll<HTMLElement>('[data-stale]')].map((box) => ({
      chart: box.closest('[data-chart]')?.getAttribute('data-chart'),
      below: box.getBoundingClientRect().top >= window.innerHeight,
      busy: box.getAttribute('aria-busy'),
      opacity: getComputedStyle(box.querySelector('.echarts-for-react') as Element).opacity,
    }));
  }, AGENCY);
  // At the top of the page no chart is on screen: all that changed wait, none is drawn stale
  // on screen, and each says it is busy.
  expect(justAfter.length).toBeGreaterThan(0);
  for (const box of justAfter)
    expect(box).toMatchObject({ below: true, busy: 'true', opacity: '0.4' });

  await expect(page.locator('[data-stale]')).toHaveCount(0);
  // Each redraw is set lazily, drawn in ECharts' next frame.
  await expect.poll(() => drawnCharts(page)).toEqual(expected);
});

test('a chart on screen redraws at once, in the frame that answers the click', async ({ page }) => {
  await page.goto('/');
  await showLiveCharts(page);
  await page.locator('[data-chart="yoy"]').evaluate((card) => card.scrollIntoView());
  await expect(page.locator('[data-chart="yoy"] .echarts-for-react')).toBeInViewport();
  // The filter bar is off screen now; a click through the DOM still reaches it.
  const stale = await page.evaluate(async (agency) => {
    const button = [
      ...document.querySelectorAll<HTMLButtonElement>('[data-testid="filters"] button'),
    ].find((b) => b.textContent === agency);
    button?.click();
    await Promise.resolve();
    return [...document.querySelectorAll('[data-stale]')].map((box) =>
      box.closest('[data-chart]')?.getAttribute('data-chart'),
    );
  }, AGENCY);
  expect(stale).not.toContain('yoy');
  expect(stale).not.toContain('intercepts');
  await expect(page.locator('[data-stale]')).toHaveCount(0);
});
