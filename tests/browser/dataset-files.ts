import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Dataset } from '@/data/schema';
import { expect } from './fixtures';

/** The article's data as the files in data/ hold it, fresh on every call, to edit freely. */
export function articleData(): Dataset {
  const read = (name: string): unknown => JSON.parse(readFileSync(`data/${name}.json`, 'utf8'));
  return {
    source: read('sources'),
    agencies: read('agencies'),
    metrics: read('metrics'),
    events: read('events'),
  } as Dataset;
}

export const OPEN_LABEL = { zh: '打开数据文件…', en: 'Open dataset…' } as const;

/** Chooses a file with the page's "Open dataset…" input, found by its visible label. */
export async function openDatasetFile(
  page: Page,
  name: string,
  content: string | Buffer,
  label: string = OPEN_LABEL.zh,
): Promise<void> {
  const mimeType = name.endsWith('.csv') ? 'text/csv' : 'application/json';
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const input = page.getByLabel(label, { exact: true });
  // Playwright sends at most 50 MB from memory; larger files go by path, with their name.
  if (buffer.length > 40 * 1024 * 1024) {
    const file = join(mkdtempSync(join(tmpdir(), 'dataset-')), name);
    writeFileSync(file, buffer);
    await input.setInputFiles(file);
  } else {
    await input.setInputFiles({ name, mimeType, buffer });
  }
}

/**
 * Waits until React has hydrated the prerendered page (its props are on the file input), so
 * that keyboard focus and window listeners belong to the live app.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const input = document.querySelector('[data-testid="open-dataset"]');
    return input !== null && Object.keys(input).some((key) => key.startsWith('__reactProps'));
  });
}

export const datasetOrigin = (page: Page): Locator => page.getByTestId('dataset-origin');
export const datasetProblems = (page: Page): Locator => page.getByTestId('dataset-problems');

/** What a reader sees of the view: it must not change when a file is refused. */
export async function viewSnapshot(page: Page) {
  return {
    url: page.url(),
    title: await page.getByTestId('article-title').innerText(),
    origin: await datasetOrigin(page).innerText(),
    count: await page.getByTestId('figure-count').innerText(),
    pressed: await page
      .getByTestId('filters')
      .locator('[aria-pressed="true"]')
      .evaluateAll((els) => els.map((el) => el.textContent)),
    headlines: await page.getByTestId('headline-value').allInnerTexts(),
  };
}

/** Centres of the bars ECharts drew in a card (filled paths of bar height), top to bottom. */
export async function barCentres(card: Locator): Promise<{ x: number; y: number }[]> {
  const svg = card.locator('svg').filter({ visible: true }).first();
  await expect(svg).toBeVisible();
  await svg.scrollIntoViewIfNeeded();
  const boxes = await svg.locator('path').evaluateAll((elements) =>
    elements
      .filter((el) => {
        const fill = el.getAttribute('fill');
        return fill !== null && fill !== 'none' && fill !== 'transparent';
      })
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.height >= 4 && r.height <= 40 && r.width > 0)
      .map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })),
  );
  return boxes.sort((a, b) => a.y - b.y);
}
