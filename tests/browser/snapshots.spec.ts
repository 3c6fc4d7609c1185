import type { Page } from '@playwright/test';
import {
  parseSnapshotFile,
  snapshotFileName,
  type ChartSnapshot,
  type SnapshotFile,
  type SnapshotPart,
  type SnapshotSet,
} from '@/snapshots/snapshot-file';
import { chartCard, expect, holdRequests, showLiveCharts, test } from './fixtures';
import { clickAndReadCards, expectSnapshotsOf, liveTexts, snapshotTexts } from './snapshot-helpers';

/**
 * The build draws every year's charts as snapshots (src/snapshots/); a year click shows them at
 * once and ECharts takes over when it has drawn the same view.
 */

const DESKTOP = { locale: 'zh', theme: 'light', layout: 'desktop' } as const;
const PHONE_EN_DARK = { locale: 'en', theme: 'dark', layout: 'compact' } as const;

async function snapshotFile(
  page: Page,
  set: SnapshotSet,
  part: SnapshotPart = 'years',
): Promise<SnapshotFile> {
  const folder = await page.locator('meta[name="view-snapshots"]').getAttribute('content');
  expect(folder, 'the page names its snapshot folder').toMatch(/^\/assets\/views-[0-9a-f]+\/$/);
  const response = await page.request.get(`${folder}${snapshotFileName(set, part)}`);
  expect(response.ok()).toBe(true);
  const file = parseSnapshotFile(await response.json());
  if (!file) throw new Error(`${snapshotFileName(set, part)} is not a snapshot file`);
  return file;
}

/** The link to a view of the filters' file: 'agency:banks' → 'agency=banks'. */
function filterViewQuery(key: string): string {
  const [name, value] = key.split(':');
  return `${name}=${value}`;
}

/**
 * Opens a view and checks its snapshots against the live charts: the same charts (the others
 * show their empty state), the same texts, drawn at the size the page gives each chart.
 */
async function expectSnapshotsDrawLiveView(
  page: Page,
  url: string,
  charts: Record<string, ChartSnapshot>,
): Promise<void> {
  await page.goto(url);
  await showLiveCharts(page);
  const live = await liveTexts(page);
  expect(Object.keys(charts).sort(), `charts of ${url}`).toEqual(Object.keys(live).sort());
  expect(await snapshotTexts(page, charts), `texts of ${url}`).toEqual(live);
  for (const [id, chart] of Object.entries(charts)) {
    const box = await chartCard(page, id as never)
      .locator('.echarts-for-react')
      .boundingBox();
    // The live chart takes over seamlessly.
    expect(chart.height, `height of ${id} in ${url}`).toBe(Math.round(box?.height ?? 0));
    expect(
      Math.abs(chart.width - (box?.width ?? 0)),
      `width of ${id} in ${url}`,
    ).toBeLessThanOrEqual(1);
  }
}

for (const { set, viewport, colorScheme, query } of [
  { set: DESKTOP, viewport: { width: 1280, height: 900 }, colorScheme: 'light', query: '' },
  {
    set: PHONE_EN_DARK,
    viewport: { width: 412, height: 823 },
    colorScheme: 'dark',
    query: '&lang=en',
  },
] as const) {
  test.describe(`snapshots ${snapshotFileName(set)}`, () => {
    test.use({ viewport, colorScheme });

    test('each year’s snapshots draw exactly what the live charts draw for that year', async ({
      page,
    }) => {
      await page.goto(`/?year=2023${query}`);
      const file = await snapshotFile(page, set);
      expect(Object.keys(file.views).sort()).toEqual(['2022', '2023', '2024', 'all']);
      for (const [year, charts] of Object.entries(file.views)) {
        await expectSnapshotsDrawLiveView(page, `/?year=${year}${query}`, charts);
      }
    });

    test('each agency’s and category’s snapshots draw exactly what the live charts draw', async ({
      page,
    }) => {
      // Two dozen views, each loaded and drawn live: a long test, not a slow page.
      test.setTimeout(180_000);
      await page.goto(`/?agency=banks${query}`);
      const file = await snapshotFile(page, set, 'filters');
      // Every agency of the filter bar, every category.
      const agencies = await page
        .locator('[data-testid="filters"] [data-agency]')
        .evaluateAll((buttons) => buttons.map((b) => `agency:${b.getAttribute('data-agency')}`));
      const categories = await page
        .locator('[data-testid="filters"] [data-category]')
        .evaluateAll((buttons) =>
          buttons.map((b) => `category:${b.getAttribute('data-category')}`),
        );
      expect(agencies.length).toBeGreaterThan(5);
      expect(categories).toHaveLength(6);
      expect(Object.keys(file.views).sort()).toEqual([...agencies, ...categories].sort());
      for (const [key, charts] of Object.entries(file.views)) {
        await expectSnapshotsDrawLiveView(page, `/?${filterViewQuery(key)}${query}`, charts);
      }
    });
  });
}

test('a link to a year shows its snapshots; the live charts wait for the first touch', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // 2023 has no timeline event: its card is empty, and must not start the live charts.
  await page.goto('/?year=2023');
  const file = await snapshotFile(page, DESKTOP);
  const charts = Object.keys(file.views['2023'] ?? {});
  expect(charts).not.toContain('timeline');
  for (const id of charts) {
    await expect(chartCard(page, id as never).locator('[data-snapshot-chart] img')).toBeVisible();
  }
  await expect(chartCard(page, 'timeline').getByTestId('empty-state')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('html')).not.toHaveAttribute('data-live-charts', '');
  await showLiveCharts(page);
  await expect(page.locator('html')).toHaveAttribute('data-live-charts', '');
});

test.describe('a year click', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('shows every chart of the year in the click’s own frame, then the live charts take over', async ({
    page,
  }) => {
    await page.goto('/');
    await showLiveCharts(page);
    const file = await snapshotFile(page, DESKTOP);
    const justAfter = await clickAndReadCards(page, '[data-year="2023"]');
    const expected = expectSnapshotsOf(justAfter, file.views['2023'] ?? {});
    await showLiveCharts(page);
    expect(Object.keys(await liveTexts(page)).sort()).toEqual([...expected].sort());
  });

  test('before ECharts has loaded shows the year’s snapshots, and their bars open quotes', async ({
    page,
  }) => {
    const { release } = await holdRequests(page, '**/assets/echarts-setup-*.js');
    await page.goto('/');
    const file = await snapshotFile(page, DESKTOP);
    await page.getByRole('button', { name: '2023年', exact: true }).click();
    await expect(page).toHaveURL(/[?&]year=2023(&|$)/);
    const charts = file.views['2023'] ?? {};
    for (const id of Object.keys(charts)) {
      await expect(chartCard(page, id as never).locator('[data-snapshot-chart] img')).toBeVisible();
    }
    await expect(page.getByTestId('chart-loading')).toHaveCount(0);
    await expect(page.locator('.echarts-for-react')).toHaveCount(0);

    // The yoy chart's first bar: its middle, scaled from the SVG's pixels to the box on screen.
    const yoy = charts.yoy;
    const mark = yoy?.marks[0];
    if (!yoy || !mark) throw new Error('no yoy bar in the 2023 snapshot');
    const image = chartCard(page, 'yoy').locator('[data-snapshot-chart]');
    await image.scrollIntoViewIfNeeded();
    const box = await image.boundingBox();
    if (!box) throw new Error('the yoy snapshot has no box');
    const scale = Math.min(box.width / yoy.width, box.height / yoy.height);
    const [left, top, width, height, metricId] = mark;
    await page.mouse.click(
      box.x + (box.width - yoy.width * scale) / 2 + (left + width / 2) * scale,
      box.y + (box.height - yoy.height * scale) / 2 + (top + height / 2) * scale,
    );
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`[?&]figure=${metricId}(&|$)`));
    await expect(page.locator('.echarts-for-react')).toHaveCount(0);

    release();
    await page.keyboard.press('Escape');
    await showLiveCharts(page);
  });

  test('with a broken snapshot file, ECharts draws the year as if there were none', async ({
    page,
  }) => {
    await page.route('**/assets/views-*/*.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"views": "nonsense"}' }),
    );
    // And no worker drawing views ahead (snapshots-ahead.spec.ts), which would stand in.
    await page.route('**/assets/snapshot-worker-*.js', (route) => route.abort());
    await page.goto('/');
    await showLiveCharts(page);
    await page.getByRole('button', { name: '2023年', exact: true }).click();
    await expect(page).toHaveURL(/[?&]year=2023(&|$)/);
    await showLiveCharts(page);
    expect(await page.evaluate(() => performance.getEntriesByName('chart:snapshot').length)).toBe(
      0,
    );
    await expect(chartCard(page, 'yoy').locator('svg text', { hasText: '-5.82%' })).toHaveCount(1);
  });

  test('with a broken snapshot file, the views drawn ahead stand in for the build’s', async ({
    page,
  }) => {
    await page.route('**/assets/views-*/*.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"views": "nonsense"}' }),
    );
    await page.goto('/');
    await showLiveCharts(page);
    await expect(page.locator('html')).toHaveAttribute('data-snapshots-ahead', 'done', {
      timeout: 30_000,
    });
    const justAfter = await clickAndReadCards(page, '[data-year="2023"]');
    expect(justAfter.stale).toBe(0);
    for (const { id, shows } of justAfter.cards) {
      expect(['snapshot', 'empty'], `chart ${id}`).toContain(shows);
    }
    await showLiveCharts(page);
    await expect(chartCard(page, 'yoy').locator('svg text', { hasText: '-5.82%' })).toHaveCount(1);
  });
});

test.describe('an agency or category click', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const { name, button, key } of [
    { name: 'an agency', button: '[data-agency="banks"]', key: 'agency:banks' },
    { name: 'a category', button: '[data-category="recovery"]', key: 'category:recovery' },
  ]) {
    test(`shows every chart of ${name} in the click’s own frame once its file is here`, async ({
      page,
    }) => {
      await page.goto('/');
      await showLiveCharts(page);
      const file = await snapshotFile(page, DESKTOP, 'filters');
      // The first such click asks for the filters' file (the live charts answer it meanwhile).
      await page
        .locator(`[data-testid="filters"] ${button}`)
        .evaluate((b: HTMLElement) => b.click());
      await expect
        .poll(() =>
          page.evaluate(() =>
            performance
              .getEntriesByType('resource')
              .some((entry) => entry.name.endsWith('-filters.json')),
          ),
        )
        .toBe(true);
      await showLiveCharts(page);
      await page
        .locator(`[data-testid="filters"] ${button}`)
        .evaluate((b: HTMLElement) => b.click());
      await expect(page).not.toHaveURL(/[?&](agency|category)=/);
      await showLiveCharts(page);
      const justAfter = await clickAndReadCards(page, button);
      const expected = expectSnapshotsOf(justAfter, file.views[key] ?? {});
      await showLiveCharts(page);
      expect(Object.keys(await liveTexts(page)).sort()).toEqual([...expected].sort());
    });
  }

  test('a link to one agency shows its snapshots; the live charts wait for the first touch', async ({
    page,
  }) => {
    await page.goto('/?agency=banks');
    const file = await snapshotFile(page, DESKTOP, 'filters');
    const charts = Object.keys(file.views['agency:banks'] ?? {});
    expect(charts.length).toBeGreaterThan(0);
    for (const id of charts) {
      await expect(chartCard(page, id as never).locator('[data-snapshot-chart] img')).toBeVisible();
    }
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await expect(page.locator('html')).not.toHaveAttribute('data-live-charts', '');
    await showLiveCharts(page);
    expect(Object.keys(await liveTexts(page)).sort()).toEqual([...charts].sort());
  });
});

test('a link whose unknown agency the app drops shows the snapshots of the one it keeps', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?agency=hubei-comms,nope');
  await expect(page.getByTestId('param-notes')).toContainText('agency=nope');
  const file = await snapshotFile(page, DESKTOP, 'filters');
  const charts = Object.keys(file.views['agency:hubei-comms'] ?? {});
  expect(charts.length).toBeGreaterThan(0);
  for (const id of charts) {
    await expect(chartCard(page, id as never).locator('[data-snapshot-chart] img')).toBeVisible();
  }
  await expect(page.getByTestId('chart-loading')).toHaveCount(0);
});
