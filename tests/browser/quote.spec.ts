import type { Locator } from '@playwright/test';
import { chartCard, expect, queryOf, showLiveCharts, showTable, svgText, test } from './fixtures';

const FUNDS_QUOTE = '全省止付涉诈资金396.3亿元';

/** The widest filled <path> in a chart's SVG: with a log axis sorted by value, the largest bar. */
async function largestBarCentre(card: Locator): Promise<{ x: number; y: number }> {
  const svg = card.locator('svg').filter({ visible: true }).first();
  await expect(svg).toBeVisible();
  await svg.scrollIntoViewIfNeeded();
  const paths = svg.locator('path');
  const boxes = await paths.evaluateAll((elements) =>
    elements
      .filter((el) => {
        const fill = el.getAttribute('fill');
        return fill !== null && fill !== 'none' && fill !== 'transparent';
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      })
      .filter((r) => r.height >= 4 && r.height <= 40 && r.width > 0),
  );
  expect(boxes.length, 'bars drawn in the chart').toBeGreaterThan(0);
  const widest = boxes.reduce((a, b) => (b.width > a.width ? b : a));
  return { x: widest.x + widest.width / 2, y: widest.y + widest.height / 2 };
}

test('the headline "查看原文" opens the quote with the sentence marked', async ({ page }) => {
  await page.goto('/');
  const opener = page.getByRole('button', { name: '查看原文: 止付涉诈资金' });
  await opener.click();

  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('data-testid', 'quote-panel');
  await expect(dialog).toHaveAccessibleName('止付涉诈资金: 396.3亿元');
  await expect(page).toHaveURL(/[?&]figure=funds-stopped(&|$)/);
  expect(queryOf(page)).toEqual({ figure: 'funds-stopped' });

  const mark = dialog.locator('mark');
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText(FUNDS_QUOTE, { useInnerText: true });
  // The mark sits inside its paragraph, not alone.
  const paragraph = dialog.getByTestId('quote-paragraph');
  await expect(paragraph).toContainText(FUNDS_QUOTE);
  expect((await paragraph.innerText()).length).toBeGreaterThan(FUNDS_QUOTE.length + 10);
  await expect(dialog).toContainText('2023年');
  await expect(dialog).toContainText('湖北省公安厅');

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page).not.toHaveURL(/figure=/);
  expect(queryOf(page)).toEqual({});
});

test('clicking the largest bar of the funds chart opens its quote', async ({ page }) => {
  // A filtered view: its snapshots stand in until the first touch starts the live charts
  // (a snapshot's bars are clicked in snapshots.spec.ts).
  await page.goto('/?year=2023');
  await showLiveCharts(page);
  const funds = chartCard(page, 'funds');
  // The reader waits until the chart shows 2023 (the Xiangyang ¥70,000 of 2024 is not on it).
  await expect(svgText(funds, '396.3亿元')).toHaveCount(1);
  await expect(svgText(funds, '70万元')).toHaveCount(0);
  const { x, y } = await largestBarCentre(funds);
  await page.mouse.click(x, y);

  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/\?year=2023&figure=funds-stopped$/);
  await expect(dialog.locator('mark')).toHaveText(FUNDS_QUOTE, { useInnerText: true });

  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/\?year=2023$/);
});

test('on the first paint of the default view, the first click on a bar opens its quote', async ({
  page,
}) => {
  // The reader clicks the biggest bar as soon as the chart is on screen.
  await page.goto('/');
  const funds = chartCard(page, 'funds');
  const { x, y } = await largestBarCentre(funds);
  await page.mouse.click(x, y);

  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/\?figure=funds-stopped$/);
  await expect(dialog.locator('mark')).toHaveText(FUNDS_QUOTE, { useInnerText: true });
});

test('a link with figure= opens the quote, and back closes it', async ({ page }) => {
  await page.goto('/?year=2023');
  await page.getByRole('button', { name: '查看原文: 拦截诈骗电话' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('mark')).toHaveText('拦截诈骗电话44.13万次', { useInnerText: true });
  await expect(page).toHaveURL(/\?year=2023&figure=calls-intercepted$/);

  // A shared link restores the open quote.
  await page.reload();
  await expect(page.getByRole('dialog').locator('mark')).toHaveText('拦截诈骗电话44.13万次', {
    useInnerText: true,
  });

  await page.goBack();
  await expect(page).toHaveURL(/\?year=2023$/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the quote in English keeps the Chinese sentence and uses English labels', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await page.getByRole('button', { name: 'Show quote: Phone numbers blacklisted' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(
    'Phone numbers blacklisted: 20,000+ phone numbers',
  );
  await expect(dialog.locator('mark')).toHaveText('2万余个电话号码纳入“黑名单”', {
    useInnerText: true,
  });
  await expect(dialog.getByTestId('quote-paragraph')).toHaveAttribute('lang', 'zh-CN');
  await expect(dialog).toContainText('Hubei Communications Administration');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\?lang=en$/);
});

test('a quote button in the table view opens the same dialog', async ({ page }) => {
  await page.goto('/');
  const table = await showTable(chartCard(page, 'funds'));
  await table.getByRole('button', { name: FUNDS_QUOTE, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('mark')).toHaveText(FUNDS_QUOTE, { useInnerText: true });
  await expect(page).toHaveURL(/[?&]figure=funds-stopped(&|$)/);
});

test("a card's source action lists its sentences, and one opens in its paragraph", async ({
  page,
}) => {
  await page.goto('/');
  const funds = chartCard(page, 'funds');
  await funds.getByText('来源：4 处原文').click();
  const sources = funds.getByTestId('card-sources');
  await expect(sources.getByRole('button')).toHaveCount(4);
  await sources.getByRole('button', { name: /止付涉诈资金/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('mark')).toHaveText(FUNDS_QUOTE, { useInnerText: true });
  await expect(page).toHaveURL(/\?figure=funds-stopped$/);
});
