import type { Page } from '@playwright/test';
import {
  chartCard,
  downloadedBytes,
  downloadedText,
  downloadFrom,
  expect,
  parseCsv,
  pngSize,
  test,
} from './fixtures';

interface PixelStats {
  width: number;
  height: number;
  distinctColours: number;
  /** Share of pixels that differ from the top-left (background) pixel. */
  nonBackgroundShare: number;
}

/** Decodes the PNG in the page (no new dependency) and counts its colours. */
async function pixelStats(page: Page, png: Buffer): Promise<PixelStats> {
  const dataUrl = `data:image/png;base64,${png.toString('base64')}`;
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas context');
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set<number>();
    const background = ((data[0] ?? 0) << 16) | ((data[1] ?? 0) << 8) | (data[2] ?? 0);
    let other = 0;
    for (let i = 0; i < data.length; i += 4) {
      const rgb = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
      colours.add(rgb);
      if (rgb !== background) other++;
    }
    return {
      width: canvas.width,
      height: canvas.height,
      distinctColours: colours.size,
      nonBackgroundShare: other / (data.length / 4),
    };
  }, dataUrl);
}

test.describe('PNG', () => {
  test('the year-on-year PNG is 2400 px wide (1200 at pixel ratio 2) and not blank', async ({
    page,
  }) => {
    await page.goto('/');
    const yoy = chartCard(page, 'yoy');
    const download = await downloadFrom(page, yoy.getByRole('button', { name: '下载 PNG' }));
    expect(download.suggestedFilename()).toBe('hubei-antifraud-yoy.png');

    const bytes = await downloadedBytes(download);
    const { width, height } = pngSize(bytes);
    expect(width).toBeGreaterThanOrEqual(2400);
    expect(height).toBeGreaterThan(300);

    const stats = await pixelStats(page, bytes);
    expect(stats.width).toBe(width);
    expect(stats.height).toBe(height);
    // Bars, text, anti-aliasing: a drawn chart has many colours; a blank one has one.
    expect(stats.distinctColours).toBeGreaterThan(50);
    expect(stats.nonBackgroundShare).toBeGreaterThan(0.01);
    expect(stats.nonBackgroundShare).toBeLessThan(0.9);
  });

  test('the file name carries the filters: year=2023 gives hubei-antifraud-yoy-2023.png', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '2023年', exact: true }).click();
    await expect(page).toHaveURL(/[?&]year=2023(&|$)/);
    const yoy = chartCard(page, 'yoy');
    const download = await downloadFrom(page, yoy.getByRole('button', { name: '下载 PNG' }));
    expect(download.suggestedFilename()).toBe('hubei-antifraud-yoy-2023.png');
    const { width } = pngSize(await downloadedBytes(download));
    expect(width).toBeGreaterThanOrEqual(2400);
  });

  test('dark theme PNG is not blank either', async ({ page }) => {
    await page.goto('/?lang=en');
    await page.getByRole('button', { name: 'Dark', exact: true }).click();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    const funds = chartCard(page, 'funds');
    const download = await downloadFrom(page, funds.getByRole('button', { name: 'Download PNG' }));
    expect(download.suggestedFilename()).toBe('hubei-antifraud-funds-en.png');
    const bytes = await downloadedBytes(download);
    expect(pngSize(bytes).width).toBeGreaterThanOrEqual(2400);
    const stats = await pixelStats(page, bytes);
    expect(stats.distinctColours).toBeGreaterThan(50);
    expect(stats.nonBackgroundShare).toBeGreaterThan(0.01);
  });
});

test('SVG download is an SVG document with the chart title and the source', async ({ page }) => {
  await page.goto('/');
  const yoy = chartCard(page, 'yoy');
  const download = await downloadFrom(page, yoy.getByRole('button', { name: '下载 SVG' }));
  expect(download.suggestedFilename()).toBe('hubei-antifraud-yoy.svg');
  const svg = await downloadedText(download);
  expect(svg).toContain('<svg');
  expect(svg).toContain('同比变化');
  expect(svg).toContain('+108.38%');
  expect(svg).toContain('湖北多维发力遏制电诈高发态势');
});

test.describe('CSV', () => {
  test('the intercepts CSV has the figure ids, the at-least text and a qualifier column', async ({
    page,
  }) => {
    await page.goto('/');
    const intercepts = chartCard(page, 'intercepts');
    const download = await downloadFrom(page, intercepts.getByRole('button', { name: '下载 CSV' }));
    expect(download.suggestedFilename()).toBe('hubei-antifraud-intercepts.csv');
    const text = await downloadedText(download);
    expect(text).toContain('numbers-blacklisted');
    expect(text).toContain('2万余');

    const [header, ...rows] = parseCsv(text);
    expect(header).toBeDefined();
    const column = (name: string) => {
      const index = header?.indexOf(name) ?? -1;
      expect(index, `CSV column "${name}" in ${JSON.stringify(header)}`).toBeGreaterThanOrEqual(0);
      return index;
    };
    const id = column('id');
    const qualifier = column('qualifier');
    const shown = column('value_as_shown');
    const value = column('value');
    expect(rows.map((r) => r[id])).toEqual([
      'sms-sent',
      'warnings-issued',
      'calls-intercepted',
      'dissuasions',
      'numbers-blacklisted',
      'apps-removed',
      'websites-blocked',
      'publicity-events',
    ]);
    for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
    const blacklisted = rows.find((r) => r[id] === 'numbers-blacklisted');
    expect(blacklisted?.[qualifier]).toBe('at-least');
    expect(blacklisted?.[shown]).toBe('2万余个号码');
    expect(blacklisted?.[value]).toBe('20000');
    expect(rows.find((r) => r[id] === 'calls-intercepted')?.[qualifier]).toBe('exact');
  });

  test('in English the CSV shows lower bounds as 20,000+', async ({ page }) => {
    await page.goto('/?lang=en&agency=hubei-comms');
    const intercepts = chartCard(page, 'intercepts');
    const download = await downloadFrom(
      page,
      intercepts.getByRole('button', { name: 'Download CSV' }),
    );
    expect(download.suggestedFilename()).toBe('hubei-antifraud-intercepts-hubei-comms-en.csv');
    const [header, ...rows] = parseCsv(await downloadedText(download));
    const id = header?.indexOf('id') ?? -1;
    const qualifier = header?.indexOf('qualifier') ?? -1;
    const shown = header?.indexOf('value_as_shown') ?? -1;
    expect(rows.map((r) => r[id])).toEqual(['calls-intercepted', 'numbers-blacklisted']);
    expect(rows[1]?.[shown]).toBe('20,000+ phone numbers');
    expect(rows[1]?.[qualifier]).toBe('at-least');
  });
});

test('"download all data (JSON)" gives the whole dataset with 33 metrics', async ({ page }) => {
  await page.goto('/?lang=en&year=2022');
  const download = await downloadFrom(
    page,
    page.getByRole('button', { name: 'Download all data (JSON)' }),
  );
  expect(download.suggestedFilename()).toBe('hubei-antifraud-dataset.json');
  const data: unknown = JSON.parse(await downloadedText(download));
  expect(data).toEqual(
    expect.objectContaining({
      metrics: expect.any(Array),
      agencies: expect.any(Array),
      source: expect.any(Object),
    }),
  );
  const { metrics } = data as { metrics: { id: string; quote: string }[] };
  expect(metrics).toHaveLength(33);
  expect(metrics.map((m) => m.id)).toContain('funds-stopped');
  expect(metrics.find((m) => m.id === 'funds-stopped')?.quote).toBe('全省止付涉诈资金396.3亿元');
});

test('downloads are disabled when a card is empty', async ({ page }) => {
  await page.goto('/?year=2022');
  const yoy = chartCard(page, 'yoy');
  await expect(yoy.getByTestId('empty-state')).toBeVisible();
  for (const name of ['下载 PNG', '下载 SVG', '下载 CSV']) {
    await expect(yoy.getByRole('button', { name })).toBeDisabled();
  }
});
