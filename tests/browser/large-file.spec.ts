import { generateDataset } from '../../scripts/bench/generate-dataset';
import { articleData, openDatasetFile } from './dataset-files';
import { chartCard, expect, showTable, tableRowHeaders, test } from './fixtures';

// 31 provinces × the article's figures, ten years of copies: 10,230 figures.
const big = generateDataset(articleData(), 10_230);
const grouped = (n: number) => new Intl.NumberFormat('zh-CN', { useGrouping: 'min2' }).format(n);

test('a file of 10,230 figures: each chart draws its 30 largest and says so; the table pages through all', async ({
  page,
}) => {
  await page.goto('/');
  await page.mouse.move(5, 5);
  await openDatasetFile(page, 'provinces.json', JSON.stringify(big));
  await expect(page.getByTestId('figure-count')).toHaveText('共 10230 个数字');

  const card = chartCard(page, 'categories');
  const counts = big.metrics.filter((m) => m.kind === 'count').length;
  await expect(card.getByTestId('chart-subtitle')).toContainText(
    `图中为绝对值最大的 30 项（共 ${grouped(counts)} 项），表格列出全部`,
  );
  // The chart's description lists what it draws: 30 figures, not thousands.
  const live = card.locator('.echarts-for-react').locator('xpath=ancestor::*[@role="img"][1]');
  await expect(live).toHaveAttribute('aria-label', /绝对值最大的 30 项/);
  const label = (await live.getAttribute('aria-label')) ?? '';
  expect(label.split('。')[1]?.split('；')).toHaveLength(30);
  // The same figure for many provinces: each bar names its agency, so no two read alike.
  await expect
    .poll(() =>
      card
        .locator('.echarts-for-react svg text')
        .evaluateAll(
          (texts) => texts.filter((t) => /第\d+省公安厅/.test(t.textContent ?? '')).length,
        ),
    )
    .toBeGreaterThan(0);

  const table = await showTable(card);
  await expect(tableRowHeaders(table)).toHaveCount(50);
  const range = card.getByTestId('table-range');
  await expect(range).toHaveText(`第 1–50 行，共 ${grouped(counts)} 行`);
  // The pager is above and below the table, named for it; Previous is disabled on page one.
  const pager = card.getByRole('navigation', { name: '表格分页：三道防线、打击与治理' });
  await expect(pager).toHaveCount(2);
  const previous = pager.first().getByRole('button', { name: '上一页' });
  const next = pager.first().getByRole('button', { name: '下一页' });
  await expect(previous).toHaveAttribute('aria-disabled', 'true');
  await next.click();
  await expect(range).toHaveText(`第 51–100 行，共 ${grouped(counts)} 行`);
  await expect(previous).toHaveAttribute('aria-disabled', 'false');
  // By keyboard, from the pager below the table.
  await pager.last().getByRole('button', { name: '下一页' }).focus();
  await page.keyboard.press('Enter');
  await expect(range).toHaveText(`第 101–150 行，共 ${grouped(counts)} 行`);
  await expect(tableRowHeaders(table)).toHaveCount(50);

  // A quote opened from the table and closed again: the table is still at the same rows.
  await table.locator('tbody button').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(range).toHaveText(`第 101–150 行，共 ${grouped(counts)} 行`);

  // Another year: other rows, back at their first page.
  await page.getByRole('button', { name: '2023年', exact: true }).click();
  const counts2023 = Number(
    (await range.textContent())?.match(/共 ([\d,]+) 行/)?.[1]?.replace(/,/g, '') ?? NaN,
  );
  await expect(range).toHaveText(new RegExp(`^第 1–50 行，共 [\\d,]+ 行$`));
  expect(counts2023).toBeGreaterThan(50);
  expect(counts2023).toBeLessThan(counts);
});

test('a file over the limit of figures is refused at once with the count, and the view stays', async ({
  page,
}) => {
  // Not one figure is valid: the count alone refuses it, before any figure is checked.
  const tooMany = { ...articleData(), metrics: new Array(100_001).fill(0) };
  await page.goto('/');
  await openDatasetFile(page, 'too-many.json', JSON.stringify(tooMany));
  await expect(page.getByRole('alert')).toContainText('100,001 items, at most 100,000');
  await expect(page.getByTestId('figure-count')).toHaveText('共 33 个数字');
});

test('a file with 120 events: the timeline draws the latest 30 and says so; its table pages', async ({
  page,
}) => {
  const data = articleData();
  const first = data.events[0];
  if (!first) throw new Error('the article has events');
  data.events = Array.from({ length: 120 }, (_, i) => ({
    ...first,
    id: `event-${i}`,
    date: `${2020 + Math.floor(i / 40)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  }));
  await page.goto('/');
  await page.mouse.move(5, 5);
  await openDatasetFile(page, 'events.json', JSON.stringify(data));
  const card = chartCard(page, 'timeline');
  await expect(card.getByTestId('chart-subtitle')).toContainText(
    '图中为最近的 30 个事件（共 120 个），表格列出全部',
  );
  const table = await showTable(card);
  await expect(table.locator('tbody tr')).toHaveCount(50);
  await expect(card.getByTestId('table-range')).toHaveText('第 1–50 行，共 120 行');
  await card.getByRole('button', { name: '下一页' }).first().click();
  await card.getByRole('button', { name: '下一页' }).first().click();
  await expect(card.getByTestId('table-range')).toHaveText('第 101–120 行，共 120 行');
  await expect(table.locator('tbody tr')).toHaveCount(20);
});
