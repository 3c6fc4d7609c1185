import type { Page } from '@playwright/test';
import { expect, holdRequests, test } from './fixtures';

/** The prerendered page with its boot script running and the app's code held back. */
async function openWithAppHeld(page: Page): Promise<{ release: () => void }> {
  const held = await holdRequests(page, '**/assets/main-*.js');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-boot', '');
  return held;
}

/**
 * A click on a prerendered control before the app has hydrated is shown at once and replayed
 * later (src/early-clicks.ts). The app's code is held back here until the clicks are made.
 */
test('early clicks on the already chosen theme, language and view leave them chosen', async ({
  page,
}) => {
  const { release } = await openWithAppHeld(page);
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

test('an early click is answered by its replay alone: it never reaches the page below', async ({
  page,
}) => {
  // While React hydrates, a click reaching its root makes it hydrate the whole page inside the
  // click, and the press shown at once is not painted until then (140–230 ms on a slow phone).
  const { release } = await openWithAppHeld(page);
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { clicksBelow: seen });
    document.getElementById('root')?.addEventListener('click', (event) => {
      seen.push((event.target as Element).textContent ?? '');
    });
  });
  const category = page.locator('[data-category="recovery"]');
  await category.click();
  await expect(category).toHaveAttribute('aria-pressed', 'true');
  expect(
    await page.evaluate(() => (window as unknown as { clicksBelow: string[] }).clicksBelow),
  ).toEqual([]);

  release();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  // Replayed once: the toggle is on, not toggled twice.
  await expect(category).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]category=recovery\b/);
});
