import type { Page } from '@playwright/test';
import { chartCard, expect, holdRequests, test } from './fixtures';

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

/**
 * What a card shows in the commit that answers an early year click: read from a mutation
 * observer on the figure count, which runs after React's commit and before any frame.
 */
async function watchTheAnswer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const count = document.querySelector('[data-testid="figure-count"]');
    if (!count) throw new Error('no figure count');
    const observer = new MutationObserver(() => {
      observer.disconnect();
      Object.assign(window, {
        answered: [...document.querySelectorAll('[data-chart]')].map((card) => {
          const box = card.getBoundingClientRect();
          return {
            id: card.getAttribute('data-chart'),
            top: box.top,
            bottom: box.bottom,
            image: card.querySelector('[data-snapshot-chart] img') !== null,
          };
        }),
        viewportHeight: window.innerHeight,
      });
    });
    observer.observe(count, { childList: true, subtree: true, characterData: true });
  });
}

interface Answered {
  answered: { id: string; top: number; bottom: number; image: boolean }[];
  viewportHeight: number;
}

async function clickYearBeforeTheApp(page: Page, scrollTo: string | null): Promise<Answered> {
  const { release } = await openWithAppHeld(page);
  if (scrollTo) await page.locator(scrollTo).evaluate((card) => card.scrollIntoView());
  await watchTheAnswer(page);
  // From inside the page: Playwright's own click would scroll the button into view.
  await page.locator('[data-testid="filters"] [data-year="2023"]').evaluate((button) => {
    if (button instanceof HTMLElement) button.click();
  });
  release();
  await expect(page).toHaveURL(/[?&]year=2023(&|$)/);
  await expect.poll(() => page.evaluate(() => 'answered' in window)).toBe(true);
  const answer = await page.evaluate(() => {
    const { answered, viewportHeight } = window as unknown as Answered;
    return { answered, viewportHeight };
  });
  // Then every chart of 2023 shows its snapshot (2023 has no timeline event).
  for (const id of ['yoy', 'intercepts', 'funds', 'categories', 'case'] as const) {
    await expect(chartCard(page, id).locator('[data-snapshot-chart] img')).toHaveCount(1);
  }
  await expect(chartCard(page, 'timeline').getByTestId('empty-state')).toBeAttached();
  return { answered: answer.answered, viewportHeight: answer.viewportHeight };
}

test.describe('an early year click on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  test('paints its figures without waiting for the charts below the fold, then draws them', async ({
    page,
  }) => {
    const { answered, viewportHeight } = await clickYearBeforeTheApp(page, null);
    // At the top of a phone's page no chart is on screen: none is loaded before the paint.
    expect(answered.length).toBe(6);
    for (const card of answered) {
      expect(card.top, `${card.id} is below the fold`).toBeGreaterThan(viewportHeight);
      expect(card.image, `${card.id} waits for the paint`).toBe(false);
    }
  });
});

test.describe('an early year click on a desktop scrolled to the charts', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('shows the charts on screen in the frame that answers it, the ones far below after', async ({
    page,
  }) => {
    const { answered, viewportHeight } = await clickYearBeforeTheApp(page, '[data-chart="yoy"]');
    const onScreen = answered.filter((c) => c.bottom > 0 && c.top < viewportHeight);
    const farBelow = answered.filter((c) => c.top > viewportHeight * 1.5);
    expect(onScreen.map((c) => c.id)).toEqual(expect.arrayContaining(['yoy', 'intercepts']));
    for (const card of onScreen.filter((c) => c.id !== 'timeline')) {
      expect(card.image, `${card.id} is on screen`).toBe(true);
    }
    expect(farBelow.map((c) => c.id)).toContain('case');
    for (const card of farBelow) expect(card.image, `${card.id} is far below`).toBe(false);
  });
});
