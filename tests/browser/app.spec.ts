import { expect, test } from '@playwright/test';

test('the page shows the article title, its source and a first chart, with no console error', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByTestId('article-title')).toHaveText('湖北多维发力遏制电诈高发态势');
  await expect(page.getByTestId('source-line')).toContainText('湖北日报');
  const yoy = page.locator('[data-chart="yoy"]');
  await expect(yoy.getByRole('heading', { name: '同比变化' })).toBeVisible();
  await expect(
    yoy.locator('svg text', { hasText: '+108.38%' }).filter({ visible: true }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/home-zh-1280.png', fullPage: true });
  expect(errors).toEqual([]);
});
