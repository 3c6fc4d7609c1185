import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { chartCard, expect, showTable, svgText, test } from './fixtures';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map(
          (n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      return `[${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} nodes)\n  ${v.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

async function seriousViolations(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const LANGS = {
  zh: { path: '/', light: '浅色', dark: '深色', table: '表格' as const },
  en: { path: '/?lang=en', light: 'Light', dark: 'Dark', table: 'Table' as const },
};

for (const [lang, ui] of Object.entries(LANGS)) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe: no serious or critical violations (${lang}, ${theme})`, async ({ page }) => {
      await page.goto(ui.path);
      const themeButton = page.getByRole('button', { name: ui[theme], exact: true });
      await themeButton.click();
      await expect(themeButton).toHaveAttribute('aria-pressed', 'true');
      if (theme === 'dark') await expect(page.locator('html')).toHaveClass(/\bdark\b/);
      else await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
      await expect(chartCard(page, 'yoy').locator('svg text').first()).toBeVisible();

      const violations = await seriousViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  }

  test(`axe: table views, the open agency filter and the quote dialog (${lang}, dark)`, async ({
    page,
  }) => {
    await page.goto(ui.path);
    await page.getByRole('button', { name: ui.dark, exact: true }).click();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await page.getByTestId('filters').locator('summary').click();
    await showTable(chartCard(page, 'intercepts'), ui.table);
    await showTable(chartCard(page, 'timeline'), ui.table);
    let violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await page.getByTestId('headlines').getByRole('listitem').first().getByRole('button').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
}

test('axe: the empty state and the link notes', async ({ page }) => {
  await page.goto('/?year=2022&agency=nope');
  await expect(chartCard(page, 'yoy').getByTestId('empty-state')).toBeVisible();
  await expect(page.getByTestId('param-notes')).toBeVisible();
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
});

test('the quote dialog takes focus, and Escape gives it back to the button that opened it', async ({
  page,
}) => {
  await page.goto('/');
  const opener = page.getByRole('button', { name: '查看原文: 止付涉诈资金' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('filters work from the keyboard and announce their state', async ({ page }) => {
  await page.goto('/');
  const year = page.getByRole('button', { name: '2023年', exact: true });
  await year.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?year=2023$/);
  await expect(year).toHaveAttribute('aria-pressed', 'true');
  await expect(year).toBeFocused();
  // The figure count is a live region, so the change is announced.
  await expect(page.getByTestId('figure-count')).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByTestId('figure-count')).toHaveText('共 24 个数字');
});

test('every chart has a text alternative listing its figures', async ({ page }) => {
  await page.goto('/');
  // The outermost role="img" (its children are presentational to assistive technology).
  const yoyImage = chartCard(page, 'yoy').getByRole('img').first();
  await expect(yoyImage).toHaveAccessibleName(/^同比变化/);
  await expect(yoyImage).toHaveAccessibleName(/\+108\.38%/);
  await expect(yoyImage).toHaveAccessibleName(/-25\.81%/);
  const fundsImage = page.getByRole('article', { name: '止付与挽回资金' }).getByRole('img').first();
  await expect(fundsImage).toHaveAccessibleName(/396\.3亿元/);

  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(yoyImage).toHaveAccessibleName(/^Year-on-year changes/);
  await expect(yoyImage).toHaveAccessibleName(/\+108\.38%/);
});

/** 0 (black) … 1 (white): the mean of the computed fill's RGB channels of an SVG text. */
async function textLightness(text: Locator): Promise<number> {
  const fill = await text.evaluate((el) => getComputedStyle(el).fill);
  const channels = (fill.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  if (channels.length < 3) return NaN;
  return channels.reduce((a, b) => a + b, 0) / (3 * 255);
}

test.describe('theme', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system preference, and a pick survives a reload', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(page.getByRole('button', { name: '深色', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const light = page.getByRole('button', { name: '浅色', exact: true });
    await light.click();
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
    await page.reload();
    await expect(page.getByRole('button', { name: '浅色', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
    // Chart text follows the theme: dark text on the light card, light text on the dark one.
    await page.getByRole('button', { name: '2023年', exact: true }).click();
    const label = svgText(chartCard(page, 'yoy'), '+108.38%');
    await expect
      .poll(() => textLightness(label), { message: 'light theme label' })
      .toBeLessThan(0.4);
    await page.getByRole('button', { name: '深色', exact: true }).click();
    await expect
      .poll(() => textLightness(label), { message: 'dark theme label' })
      .toBeGreaterThan(0.6);
  });
});
