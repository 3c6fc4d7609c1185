import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { formatMetricValue } from '@/i18n/format-number';
import type { Metric } from '@/data/schema';
import { HEADLINE_IDS } from '@/state/select-headlines';
import { FORMAT_SEED_ID } from '@/i18n/format-seed';
import { holdRequests, withoutFormatSeed } from './fixtures';
import { INTL_LOCALE } from '@/i18n/locale';

/** What the prerendered page must say: every headline figure as the app formats it. */
const figures = JSON.parse(readFileSync('data/metrics.json', 'utf8')) as Metric[];
const byId = new Map(figures.map((m) => [m.id, m]));
const headlineValues = HEADLINE_IDS.map((id) => formatMetricValue(byId.get(id) as Metric, 'zh'));
/** Bar labels that must be on the charts of the default view (desktop layout). */
const barLabels = ['+108.38%', '-5.82%', '396.3亿元', '3亿余条', '2万余个号码', '197名', '70万元'];

test('with JavaScript off, the first paint shows the headline figures and every chart', async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByTestId('headline-value')).toHaveText(headlineValues);
  for (const id of ['yoy', 'intercepts', 'funds', 'categories', 'case', 'timeline']) {
    await expect(
      page.locator(`[data-chart="${id}"] [data-static-chart] svg`).filter({ visible: true }),
    ).toHaveCount(1);
  }
  const texts = await page.locator('[data-static-chart] svg text').allTextContents();
  for (const label of barLabels) expect(texts, `prerendered label ${label}`).toContain(label);
  await context.close();
});

test('if the app script is blocked, the prerendered figures and charts stay', async ({ page }) => {
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.getByTestId('headline-value')).toHaveText(headlineValues);
  await expect(
    page
      .locator('[data-chart="funds"] svg text', { hasText: '396.3亿元' })
      .filter({ visible: true }),
  ).toHaveCount(1);
  await expect(page.locator('[data-static-chart]')).toHaveCount(6);
});

test('the loaded app shows the same figures as the first paint', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const chartTexts = async (selector: string, visibleOnly = true) => {
    const out: Record<string, string[]> = {};
    for (const card of await page.locator('[data-chart]').all()) {
      const id = (await card.getAttribute('data-chart')) ?? '';
      const texts = card.locator(`${selector} svg text`);
      out[id] = await (visibleOnly ? texts.filter({ visible: true }) : texts).allTextContents();
    }
    return out;
  };
  // The desktop variant (the first; the phone's is hidden by CSS at this width), read from the
  // DOM: asking each text whether it is visible raced, in a loaded full run, with the layout of
  // a card below the fold (`content-visibility: auto`), and once left a label out.
  const before = await chartTexts('[data-static-chart] > .static-chart:first-child', false);
  await page.mouse.move(300, 300);
  await expect(page.locator('[data-static-chart]')).toHaveCount(0);
  await expect(page.locator('[data-chart] .echarts-for-react')).toHaveCount(6);
  await expect(page.getByTestId('headline-value')).toHaveText(headlineValues);
  const after = await chartTexts('.echarts-for-react');
  for (const label of barLabels) {
    expect(Object.values(before).flat(), `first paint has ${label}`).toContain(label);
    expect(Object.values(after).flat(), `loaded app has ${label}`).toContain(label);
  }
  // Each chart draws the same text, in the same order. The build measures text without the
  // browser's fonts, so where a long label wraps, and which axis ticks are dropped for
  // overlapping, may differ: spaces and round axis ticks are left out of the comparison.
  const axisTick = /^[+\-−]?\d+(万|亿|k|m|bn|%)?$/;
  for (const id of ['yoy', 'intercepts', 'funds', 'categories', 'case', 'timeline']) {
    const joined = (texts: string[]) =>
      texts
        .filter((t) => !axisTick.test(t.trim()))
        .join('')
        .replace(/\s+/g, '');
    expect(joined(after[id] ?? []), `chart ${id}`).toBe(joined(before[id] ?? []));
  }
});

test('a link to another view never shows the prerendered default figures as its own', async ({
  page,
}) => {
  // The default view says "共 33 个数字"; the 2023 view has fewer. Whenever the count is
  // visible, it must not be the default's.
  await page.goto('/?year=2023', { waitUntil: 'commit' });
  const count = page.getByTestId('figure-count');
  await count.waitFor({ state: 'attached' });
  const shownDefault = await count.evaluate(
    (el) => getComputedStyle(el).visibility !== 'hidden' && /\b33\b/.test(el.textContent ?? ''),
  );
  expect(shownDefault).toBe(false);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(count).toBeVisible();
  await expect(count).not.toHaveText(/\b33\b/);
});

test("the build's formatted strings are the ones this browser's Intl makes", async ({ page }) => {
  await page.goto('/');
  const text = await page
    .locator(`#${FORMAT_SEED_ID}`)
    .evaluate((el) => (el as HTMLTemplateElement).content.textContent);
  const seed = JSON.parse(text ?? '{}') as Record<string, Record<string, string>>;
  expect(Object.keys(seed).length, 'formatters in the seed').toBeGreaterThan(10);
  const differences = await page.evaluate(
    ({ seed, tags }) => {
      const out: string[] = [];
      for (const [key, table] of Object.entries(seed)) {
        const bar = key.indexOf('|');
        const tag = tags[key.slice(0, bar) as keyof typeof tags];
        const options = JSON.parse(key.slice(bar + 1)) as Intl.DateTimeFormatOptions &
          Intl.NumberFormatOptions;
        // Dates are the only formatters with a time zone (every one is UTC).
        const format =
          'timeZone' in options
            ? new Intl.DateTimeFormat(tag, options)
            : new Intl.NumberFormat(tag, options);
        for (const [input, output] of Object.entries(table)) {
          const browser = format.format(Number(input));
          if (browser !== output)
            out.push(`${key} ${input}: build "${output}", browser "${browser}"`);
        }
      }
      return out;
    },
    { seed, tags: INTL_LOCALE },
  );
  expect(differences).toEqual([]);
});

const countIntlFormatters = () => {
  const made: string[] = [];
  Object.assign(window, { intlMade: made });
  const intl = Intl as unknown as Record<string, new (...args: unknown[]) => object>;
  for (const name of ['NumberFormat', 'DateTimeFormat']) {
    const Original = intl[name];
    if (!Original) continue;
    intl[name] = function (...args: unknown[]) {
      made.push(name);
      return new Original(...args);
    } as unknown as new (...args: unknown[]) => object;
  }
};
const intlMade = (page: Page) =>
  page.evaluate(() => (window as unknown as { intlMade: string[] }).intlMade);
const appReady = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);

test('a phone starts no Intl formatter (ICU) to hydrate and show a year the build drew', async ({
  page,
}) => {
  // ECharts is held back: its live charts format their own axes (at the reader's card width,
  // which need not be the build's). This is about hydration and the snapshots.
  await holdRequests(page, '**/assets/live-echart-*.js');
  await page.addInitScript(countIntlFormatters);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  await appReady(page);
  const year = page.getByTestId('filters').locator('[data-year="2023"]');
  await year.click();
  await expect(year).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-snapshot-chart] img').first()).toBeVisible();
  await expect(page.getByTestId('headline-value').first()).toBeVisible();
  expect(await intlMade(page)).toEqual([]);
});

test("without the build's strings, the same page starts Intl to hydrate", async ({ page }) => {
  await withoutFormatSeed(page);
  await page.addInitScript(countIntlFormatters);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  await appReady(page);
  expect(await page.locator(`#${FORMAT_SEED_ID}`).count()).toBe(0);
  expect((await intlMade(page)).length).toBeGreaterThan(0);
  // And the figures are the same.
  await expect(page.getByTestId('headline-value')).toHaveText(headlineValues);
});
