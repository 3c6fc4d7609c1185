import { expect, test } from '@playwright/test';
import { datasetToCsv } from '@/data/dataset-to-csv';
import { articleData, datasetOrigin, openDatasetFile } from './dataset-files';
import { chartCard, withoutFormatSeed, type ChartId } from './fixtures';

const FAULT = 'Simulated failure of short month names';
const WORKING: ChartId[] = ['yoy', 'intercepts', 'funds', 'categories', 'case'];

/**
 * No dataset that passes validation is known to make a chart builder throw in the production
 * build (ECharts' own asserts, which tiny values trip, are stripped from it). So the fault is
 * put in the browser instead, the way an old or broken browser would have it: only the
 * timeline formats dates with short month names, and here that throws until the page heals it.
 * Without the build's formatted strings, so that the timeline asks Intl for its month names.
 */
test.beforeEach(async ({ page }) => {
  await withoutFormatSeed(page);
  await page.addInitScript((message) => {
    const state = { broken: true };
    Object.assign(window, { __fault: state });
    const Original = Intl.DateTimeFormat;
    Intl.DateTimeFormat = new Proxy(Original, {
      construct(target, args: [string?, Intl.DateTimeFormatOptions?]) {
        if (state.broken && args[1]?.month === 'short') throw new RangeError(message);
        return Reflect.construct(target, args) as Intl.DateTimeFormat;
      },
    });
  }, FAULT);
});

test('one chart that throws shows a message in its card; the rest of the page works', async ({
  page,
}) => {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // A view other than the prerendered one; its build-time snapshots stand in until the first
  // touch builds the live charts.
  await page.goto('/?lang=en');
  await page.mouse.move(5, 5);

  const timeline = chartCard(page, 'timeline');
  await expect(timeline).toHaveAttribute('data-chart-failed', '');
  const alert = timeline.getByRole('alert');
  await expect(alert).toContainText(
    'This chart cannot be drawn from this data. The rest of the page is not affected.',
  );
  await expect(alert).toContainText(FAULT);
  await expect(timeline.getByRole('heading', { name: 'Timeline' })).toBeVisible();

  // The other charts are drawn, the headline figures and filters are there and work.
  for (const id of WORKING) {
    const card = chartCard(page, id);
    await expect(card).not.toHaveAttribute('data-chart-failed');
    await expect(card.locator('svg text').first()).toBeVisible();
  }
  await expect(page.getByTestId('headline-value')).toHaveCount(8);
  await page.getByRole('button', { name: '2024', exact: true }).click();
  await expect(page.getByTestId('figure-count')).not.toHaveText('33 figures');
  await expect(chartCard(page, 'yoy').locator('svg text', { hasText: '-25.81%' })).toHaveCount(1);
  await expect(chartCard(page, 'yoy').locator('svg text', { hasText: '-5.82%' })).toHaveCount(0);
  // Tried again with the new filter (2024 has events), failing again, still only in its card.
  await expect(timeline.getByRole('alert')).toBeVisible();

  // Healed, the chart comes back on "Try again".
  await page.evaluate(() => {
    (window as unknown as { __fault: { broken: boolean } }).__fault.broken = false;
  });
  await timeline.getByRole('button', { name: 'Try again' }).click();
  await expect(timeline).not.toHaveAttribute('data-chart-failed');
  await expect(timeline.locator('svg text').first()).toBeVisible();

  // No uncaught error; what React logged is the simulated failure and nothing else.
  expect(pageErrors).toEqual([]);
  expect(consoleErrors.length).toBeGreaterThan(0);
  for (const error of consoleErrors) expect(error).toContain(FAULT);
});

test('the failed card follows the language, other data clears it, going back brings it back', async ({
  page,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto('/?lang=en&year=2024');
  const timeline = chartCard(page, 'timeline');
  await expect(timeline.getByRole('alert')).toContainText('This chart cannot be drawn');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(timeline.getByRole('alert')).toContainText('这张图无法用当前数据绘制');
  await expect(chartCard(page, 'funds').locator('svg text').first()).toBeVisible();

  // A CSV has no events: the timeline has nothing to draw, so nothing fails.
  const data = articleData();
  await openDatasetFile(page, 'no-events.csv', datasetToCsv({ ...data, events: [] }));
  await expect(datasetOrigin(page)).toContainText('no-events.csv');
  await expect(timeline).not.toHaveAttribute('data-chart-failed');
  await expect(timeline.getByTestId('empty-state')).toBeVisible();

  await page.getByRole('button', { name: '返回本文数据' }).click();
  await expect(timeline.getByRole('alert')).toContainText('这张图无法用当前数据绘制');
  await expect(page.getByTestId('figure-count')).toHaveText('共 33 个数字');
  expect(pageErrors).toEqual([]);
});
