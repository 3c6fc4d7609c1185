import type { Page } from '@playwright/test';
import {
  chartCard,
  expect,
  openAgencyFilter,
  showLiveCharts,
  test,
  waitForLiveCharts,
} from './fixtures';
import { clickAndReadCards, liveTexts } from './snapshot-helpers';

/**
 * Views one click away that the build did not draw (a year with an agency, two categories, a
 * width of its own) are drawn ahead by a worker once the live charts are up
 * (src/snapshots/snapshots-ahead.ts): the click shows them in its own frame, and they draw
 * what the live charts then draw.
 */

/** Until the views a click away from the one on screen are all drawn. */
async function waitForViewsAhead(page: Page): Promise<void> {
  // About 20 views, one per idle period: seconds on a busy machine.
  await expect(page.locator('html')).toHaveAttribute('data-snapshots-ahead', 'done', {
    timeout: 30_000,
  });
}

/** The SVG documents behind the snapshot images, by chart id: their texts and size. */
function imageTexts(page: Page, images: Record<string, string>) {
  return page.evaluate(async (images) => {
    const out: Record<string, { texts: string[]; fills: string[]; width: number; height: number }> =
      {};
    for (const [id, src] of Object.entries(images)) {
      const svg = await (await fetch(src)).text();
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const root = doc.documentElement;
      out[id] = {
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        fills: [...doc.querySelectorAll('text')].map((t) => t.getAttribute('fill') ?? ''),
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
      };
    }
    return out;
  }, images);
}

/**
 * Clicks a filter button once the views a click away are drawn: every card shows its snapshot
 * or its empty state in the click's own frame, and each snapshot draws exactly what its live
 * chart draws once it has caught up, at the live chart's size.
 */
async function expectClickAnsweredAhead(page: Page, selector: string): Promise<void> {
  await waitForViewsAhead(page);
  const justAfter = await clickAndReadCards(page, selector);
  expect(justAfter.stale).toBe(0);
  const images: Record<string, string> = {};
  for (const { id, shows, image } of justAfter.cards) {
    expect(['snapshot', 'empty'], `chart ${id} in the click's frame`).toContain(shows);
    if (id && image) images[id] = image;
  }
  expect(Object.keys(images).length).toBeGreaterThan(0);
  await showLiveCharts(page);
  const drawn = await imageTexts(page, images);
  expect(Object.keys(drawn).sort()).toEqual(Object.keys(await liveTexts(page)).sort());
  for (const [id, { texts, fills, width, height }] of Object.entries(drawn)) {
    const box = await liveChartOnScreen(page, id);
    expect((await liveTexts(page))[id], `texts of ${id}`).toEqual(texts);
    // The theme's colours, too.
    const liveFills = await chartCard(page, id as never)
      .locator('.echarts-for-react svg text')
      .evaluateAll((els) => els.map((t) => t.getAttribute('fill') ?? ''));
    expect(liveFills, `text colours of ${id}`).toEqual(fills);
    expect(height, `height of ${id}`).toBe(Math.round(box.height));
    expect(Math.abs(width - box.width), `width of ${id}`).toBeLessThanOrEqual(1);
  }
}

/**
 * Scrolls a live chart into view and waits until ECharts has drawn it at its box's size: a
 * card off screen is not laid out (content-visibility), so its chart learns a new height
 * only when it comes into view.
 */
async function liveChartOnScreen(page: Page, id: string) {
  const chart = chartCard(page, id as never).locator('.echarts-for-react');
  await chart.scrollIntoViewIfNeeded();
  const sizes = () =>
    chart.evaluate((el) => {
      const svg = el.querySelector('svg');
      return [Math.round(el.getBoundingClientRect().height), Number(svg?.getAttribute('height'))];
    });
  await expect.poll(async () => new Set(await sizes()).size, `${id} drawn at its size`).toBe(1);
  const box = await chart.boundingBox();
  if (!box) throw new Error(`chart ${id} has no box`);
  return box;
}

test.describe('views drawn ahead', () => {
  // The test reads the SVG behind each image (a data: URL), which the page's policy lets no
  // script fetch; the app only shows it as an image. csp.spec.ts checks the worker under it.
  test.use({ bypassCSP: true });

  test.describe('desktop', () => {
    test.use({ viewport: { width: 1280, height: 900 } });

    test('a year added to an agency shows at once, as the live charts draw it', async ({
      page,
    }) => {
      await page.goto('/?agency=hubei-public-security');
      await showLiveCharts(page);
      await expectClickAnsweredAhead(page, '[data-year="2023"]');
      await expect(page).toHaveURL(/[?&]year=2023(&|$)/);
      // And from there, a category, and an agency more (behind the disclosure).
      await expectClickAnsweredAhead(page, '[data-category="enforcement"]');
      await openAgencyFilter(page);
      await expectClickAnsweredAhead(page, '[data-agency="banks"]');
      await expect(page).toHaveURL(/[?&]agency=hubei-public-security(%2C|,)banks(&|$)/);
    });

    test('going back to the view left shows it at once', async ({ page }) => {
      await page.goto('/?year=2023&category=warning');
      await showLiveCharts(page);
      await expectClickAnsweredAhead(page, '[data-category="recovery"]');
      await expectClickAnsweredAhead(page, '[data-category="recovery"]');
      await expect(page).toHaveURL(/[?&]category=warning(&|$)/);
    });
  });

  test.describe('an English phone in the dark', () => {
    test.use({ viewport: { width: 412, height: 823 }, colorScheme: 'dark' });

    test('a second category shows at once, as the live charts draw it', async ({ page }) => {
      await page.goto('/?year=2023&category=warning&lang=en');
      await showLiveCharts(page);
      await expectClickAnsweredAhead(page, '[data-category="enforcement"]');
      await expect(page).toHaveURL(/[?&]category=warning(%2C|,)enforcement(&|$)/);
    });
  });

  test.describe('a width the build did not draw', () => {
    test.use({ viewport: { width: 1100, height: 900 } });

    test('a year click shows its charts drawn at this width, not the build’s scaled', async ({
      page,
    }) => {
      await page.goto('/');
      await showLiveCharts(page);
      const width = await chartCard(page, 'yoy').locator('.echarts-for-react').boundingBox();
      expect(Math.abs((width?.width ?? 0) - 574)).toBeGreaterThan(20);
      await expectClickAnsweredAhead(page, '[data-year="2022"]');
    });
  });

  test('a page nobody touches never asks for them, even with its live charts up', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    // A view nothing prerendered shows: the live charts start at once, untouched.
    await page.goto('/?year=2023&agency=hubei-public-security');
    await expect(page.locator('html')).toHaveAttribute('data-live-charts', '');
    await waitForLiveCharts(page);
    await expect(page.locator('html')).not.toHaveAttribute('data-snapshots-ahead', /.*/);
    expect(requested.filter((url) => url.includes('snapshot-worker'))).toEqual([]);
    // A touch: now they are drawn.
    await page.mouse.move(5, 5);
    await waitForViewsAhead(page);
    expect(requested.filter((url) => url.includes('snapshot-worker'))).toHaveLength(1);
  });

  test('without the worker, a view the build did not draw is drawn by ECharts', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.route('**/assets/snapshot-worker-*.js', (route) => route.abort());
    await page.goto('/?agency=hubei-comms');
    await showLiveCharts(page);
    await expect(page.locator('html')).toHaveAttribute('data-snapshots-ahead', 'off');
    const justAfter = await clickAndReadCards(page, '[data-year="2023"]');
    expect(justAfter.snapshots).toBe(0);
    await expect(page).toHaveURL(/[?&]year=2023(&|$)/);
    await showLiveCharts(page);
    expect(Object.keys(await liveTexts(page)).length).toBeGreaterThan(0);
  });
});
