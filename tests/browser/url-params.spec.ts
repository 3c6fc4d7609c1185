import { chartCard, expect, svgText, test } from './fixtures';

test('invalid values in the link show a note and the default view, without errors', async ({
  page,
  pageErrors,
}) => {
  await page.goto('/?year=abc&agency=nope&lang=fr');

  const notes = page.getByTestId('param-notes');
  await expect(notes).toBeVisible();
  await expect(notes.getByRole('listitem')).toHaveCount(3);
  await expect(notes).toContainText('year=abc');
  await expect(notes).toContainText('agency=nope');
  await expect(notes).toContainText('lang=fr');

  // The default view: all years, all agencies, Chinese.
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('article-title')).toHaveText('湖北多维发力遏制电诈高发态势');
  await expect(page.getByRole('button', { name: '全部年份' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByTestId('filters').locator('summary')).toHaveText('单位 · 全部单位');
  await expect(page.getByTestId('figure-count')).toHaveText('共 33 个数字');
  await expect(page.getByTestId('headline-value')).toHaveCount(8);
  await expect(svgText(chartCard(page, 'yoy'), '+108.38%')).toHaveCount(1);
  expect(pageErrors).toEqual([]);

  // The next change writes a clean link and the note goes away.
  await page.getByRole('button', { name: '2023年', exact: true }).click();
  await expect(page).toHaveURL(/\?year=2023$/);
  await expect(notes).toHaveCount(0);
});

test('the note is written in the page language, not half in English', async ({ page }) => {
  await page.goto('/?year=abc&agency=nope&lang=zh');
  const items = page.getByTestId('param-notes').getByRole('listitem');
  await expect(items).toHaveCount(2);
  for (const item of await items.all()) {
    const text = (await item.innerText()).replace(/\b(year|agency|lang)=\S+?(?=[：:]|$)/g, '');
    // Only the quoted parameter may be Latin; the explanation must be Chinese.
    expect(text, `note: ${await item.innerText()}`).not.toMatch(/[A-Za-z]{2,}/);
  }
});

test('in English the note is in English', async ({ page }) => {
  await page.goto('/?year=1999&lang=en');
  const notes = page.getByTestId('param-notes');
  await expect(notes).toContainText('Ignored link parameter year=1999');
  await expect(page.getByRole('button', { name: 'All years' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('a list keeps its known agencies and reports the unknown one', async ({ page }) => {
  await page.goto('/?agency=hubei-comms,nope');
  await expect(page.getByTestId('param-notes')).toContainText('agency=nope');
  await expect(page.getByTestId('param-notes')).not.toContainText('hubei-comms');
  await expect(page.getByTestId('figure-count')).toHaveText('共 4 个数字');
  await expect(page.getByTestId('filters').locator('summary')).toHaveText('单位 (1)');
});

test('an unknown figure id opens no dialog and is reported', async ({ page }) => {
  await page.goto('/?figure=no-such-figure');
  await expect(page.getByTestId('param-notes')).toContainText('figure=no-such-figure');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('figure-count')).toHaveText('共 33 个数字');
});

test('garbage in the query string does not crash the page', async ({ page, pageErrors }) => {
  const long = 'x'.repeat(2000);
  await page.goto(`/?year=%E0%A4%A&category=%ZZ,,prevention&lang=${long}&agency=<script>`);
  await expect(page.getByTestId('param-notes')).toBeVisible();
  await expect(page.getByTestId('article-title')).toHaveText('湖北多维发力遏制电诈高发态势');
  // The valid part (prevention) is kept.
  await expect(page.getByRole('button', { name: '事前拦截宣防', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByTestId('figure-count')).toHaveText('共 6 个数字');
  await expect(page.locator('script:not([src])')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
