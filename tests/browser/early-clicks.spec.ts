import { expect, holdRequests, test } from './fixtures';

/**
 * A click on a prerendered control before the app has hydrated is shown at once and replayed
 * later (src/early-clicks.ts). The app's code is held back here until the clicks are made.
 */
test('early clicks on the already chosen theme, language and view leave them chosen', async ({
  page,
}) => {
  const { release } = await holdRequests(page, '**/assets/main-*.js');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-boot', '');
  const chosen = [
    page.getByRole('button', { name: '浅色', exact: true }),
    page.getByRole('button', { name: '中文', exact: true }),
    page.locator('[data-chart="yoy"]').getByRole('button', { name: '图表', exact: true }),
  ];
  for (const button of chosen) {
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await button.click();
    // Shown at once: still the chosen one (a toggle would have shown it unpressed).
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(page.getByRole('button', { name: '深色', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'ready');

  release();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  for (const button of chosen) await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
});
