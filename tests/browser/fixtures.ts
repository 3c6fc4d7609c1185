import { readFile } from 'node:fs/promises';
import { test as base, expect, type Download, type Locator, type Page } from '@playwright/test';
import { FORMAT_SEED_ID } from '@/i18n/format-seed';

/**
 * Every browser test gets this `test`: it records console errors and uncaught page errors
 * from the moment the page exists, and fails the test at the end if there were any.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      await use(errors);
      expect(errors, 'console errors or uncaught page errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export type ChartId = 'yoy' | 'intercepts' | 'funds' | 'categories' | 'case' | 'timeline';

/** One chart card, found by its stable data-chart attribute (its heading changes with the language). */
export function chartCard(page: Page, id: ChartId): Locator {
  return page.locator(`[data-chart="${id}"]`);
}

/**
 * Visible text drawn in a card's chart SVG (ECharts' SVG renderer, or the prerendered SVG of the
 * first paint, whose desktop and phone variants are both in the page with one hidden).
 */
export function svgText(card: Locator, text: string | RegExp): Locator {
  return card.locator('svg text').filter({ visible: true }).filter({ hasText: text });
}

/**
 * Moves the mouse (a reader's first touch starts the live charts) and waits until every card
 * shows its live ECharts chart or its empty state: no placeholder, no prerendered first view
 * and no build-time snapshot standing in (src/snapshots/).
 */
export async function showLiveCharts(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  await waitForLiveCharts(page);
}

/** The same wait, without touching the page (see showLiveCharts). */
export async function waitForLiveCharts(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-chart]')].every(
          (card) =>
            card.querySelector('.echarts-for-react') ||
            card.querySelector('[data-testid="empty-state"]'),
        ),
      ),
    )
    .toBe(true);
  await expect(page.getByTestId('chart-loading')).toHaveCount(0);
  await expect(page.locator('[data-static-chart]:visible')).toHaveCount(0);
  await expect(page.locator('[data-snapshot-chart]')).toHaveCount(0);
  await expect(page.locator('[data-stale]')).toHaveCount(0);
}

/**
 * Holds back every request matching `url` until `release` is called: the page goes on without
 * that code (the app's, or ECharts') for as long as the test needs.
 */
export async function holdRequests(page: Page, url: string): Promise<{ release: () => void }> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return { release };
}

/**
 * Serves the page without the build's formatted strings (format-seed.ts): every string is
 * formatted with Intl, as in a page of an older build.
 */
export async function withoutFormatSeed(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        new RegExp(`<template id="${FORMAT_SEED_ID}">.*?</template>`, 's'),
        '',
      );
      await route.fulfill({ response, body });
    },
  );
}

/** Clicks the card's 'Table' toggle (表格 / Table) and returns the table it shows. */
export async function showTable(card: Locator, buttonName: '表格' | 'Table' = '表格') {
  const toggle = card.getByRole('button', { name: buttonName, exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const table = card.getByTestId('chart-table');
  await expect(table).toBeVisible();
  return table;
}

/** The row headers (figure names) of a chart's table view, in order. */
export function tableRowHeaders(table: Locator): Locator {
  return table.locator('tbody th[scope="row"]');
}

/** The '单位' (agency) disclosure in the filter bar; opens it if it is closed. */
export async function openAgencyFilter(page: Page): Promise<Locator> {
  const filters = page.getByTestId('filters');
  const details = filters.locator('details');
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await details.locator('summary').click();
  }
  await expect(details).toHaveAttribute('open', '');
  return details;
}

export function headlineCard(page: Page, title: string): Locator {
  return page.getByTestId('headlines').getByRole('listitem').filter({ hasText: title });
}

/** The query string of the page's URL as a plain object, for exact comparisons. */
export function queryOf(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

/** Clicks a button and returns the download it starts. */
export async function downloadFrom(page: Page, button: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return download;
}

export async function downloadedBytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

export async function downloadedText(download: Download): Promise<string> {
  return (await downloadedBytes(download)).toString('utf8');
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual(signature);
  expect(bytes.subarray(12, 16).toString('ascii'), 'first chunk is IHDR').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** RFC 4180 parsing (quoted fields, doubled quotes, CRLF), enough for the app's CSV exports. */
export function parseCsv(text: string): string[][] {
  const input = text.replace(/^\ufeff/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
