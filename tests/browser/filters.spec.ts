import type { Locator, Page } from '@playwright/test';
import {
  chartCard,
  expect,
  headlineCard,
  openAgencyFilter,
  queryOf,
  showTable,
  svgText,
  tableRowHeaders,
  test,
} from './fixtures';

/** A headline card, by its figure's id (two year-on-year figures share a title). */
function headlineOf(page: Page, metricId: string): Locator {
  return page.getByTestId('headlines').locator(`[data-metric="${metricId}"]`);
}

test.describe('year filter', () => {
  test('choosing 2023 puts year=2023 in the URL and drops the 2024-only figures', async ({
    page,
  }) => {
    await page.goto('/');
    const yoy = chartCard(page, 'yoy');
    await expect(svgText(yoy, '-25.81%')).toHaveCount(1);
    await expect(headlineOf(page, 'yoy-cases-2024-ytd')).toContainText(
      '今年以来（2024年，至发稿）',
    );
    await expect(page.getByTestId('figure-count')).toHaveText('共 33 个数字');
    await expect(page.getByTestId('headline-value')).toHaveCount(8);

    const year2023 = page.getByRole('button', { name: '2023年', exact: true });
    await expect(year2023).toHaveAttribute('aria-pressed', 'false');
    await year2023.click();

    await expect(page).toHaveURL(/[?&]year=2023(&|$)/);
    expect(queryOf(page)).toEqual({ year: '2023' });
    await expect(year2023).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: '全部年份' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    // The "2024 so far" bar is gone; the 2023 bars stay.
    await expect(svgText(yoy, '-25.81%')).toHaveCount(0);
    await expect(svgText(yoy, '-5.82%')).toHaveCount(1);
    await expect(svgText(yoy, '+108.38%')).toHaveCount(1);

    const table = await showTable(yoy);
    await expect(tableRowHeaders(table)).toHaveText([
      '逮捕人数同比',
      '起诉人数同比',
      '刑事打处涉诈嫌疑人数同比',
      '电诈发案同比',
    ]);
    // The year-on-year figures share a title; the period tells them apart.
    await expect(table.getByRole('row').filter({ hasText: '-5.82%' })).toContainText('2023年');

    // Headlines: the 2024 year-on-year card disappears, the 2023 one stays.
    await expect(page.getByTestId('figure-count')).toHaveText('共 24 个数字');
    await expect(page.getByTestId('headline-value')).toHaveCount(7);
    await expect(headlineOf(page, 'yoy-cases-2024-ytd')).toHaveCount(0);
    await expect(headlineOf(page, 'yoy-cases-2023')).toContainText('-5.82%');
    await expect(
      page.getByRole('button', { name: '查看原文: 电诈发案同比（2023年）', exact: true }),
    ).toBeVisible();
    await expect(headlineCard(page, '止付涉诈资金')).toContainText('396.3亿元');

    // Funds: only the 2023 figure and the case that spans 2023 remain.
    await expect(svgText(chartCard(page, 'funds'), '70万元')).toHaveCount(0);
    await expect(svgText(chartCard(page, 'funds'), '396.3亿元')).toHaveCount(1);
  });

  test('2024 shows figures "since 2023" with their period printed on the bar', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '2024年', exact: true }).click();
    await expect(page).toHaveURL(/[?&]year=2024(&|$)/);
    const yoy = chartCard(page, 'yoy');
    await expect(svgText(yoy, '-5.82%')).toHaveCount(0);
    await expect(svgText(yoy, '-25.81%')).toHaveCount(1);
    // 2023年以来 reaches beyond 2024: each such bar names its period so it is not read as 2024.
    await expect(svgText(yoy, '2023年以来（至发稿）')).toHaveCount(3);
    await expect(page.getByTestId('figure-count')).toHaveText('共 14 个数字');
    await expect(page.getByTestId('headline-value')).toHaveText(['-25.81%']);
  });

  test('a year with no year-on-year figure shows the empty state in that card', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '2022年', exact: true }).click();
    await expect(page).toHaveURL(/[?&]year=2022(&|$)/);
    const yoy = chartCard(page, 'yoy');
    await expect(yoy.getByTestId('empty-state')).toBeVisible();
    await expect(yoy.getByTestId('empty-state')).toContainText('当前筛选下没有数字');
    await expect(yoy.locator('svg').filter({ visible: true })).toHaveCount(0);
    await expect(yoy.getByRole('button', { name: '下载 PNG' })).toBeDisabled();
    await expect(page.getByTestId('figure-count')).toHaveText('共 6 个数字');
    await expect(svgText(chartCard(page, 'case'), '197名')).toHaveCount(1);
  });
});

test.describe('agency filter', () => {
  test('choosing 湖北省通信管理局 keeps only its figures', async ({ page }) => {
    await page.goto('/');
    const details = await openAgencyFilter(page);
    const comms = details.getByRole('button', { name: '湖北省通信管理局', exact: true });
    await expect(comms).toHaveAttribute('aria-pressed', 'false');
    await comms.click();

    await expect(page).toHaveURL(/[?&]agency=hubei-comms(&|$)/);
    expect(queryOf(page)).toEqual({ agency: 'hubei-comms' });
    await expect(comms).toHaveAttribute('aria-pressed', 'true');
    await expect(details.locator('summary')).toHaveText('单位 (1)');

    const intercepts = chartCard(page, 'intercepts');
    const table = await showTable(intercepts);
    await expect(tableRowHeaders(table)).toHaveText(['拦截诈骗电话', '电话号码纳入“黑名单”']);
    await expect(table.locator('tbody tr')).toHaveCount(2);
    for (const row of await table.locator('tbody tr').all()) {
      await expect(row.locator('td').nth(2)).toHaveText('湖北省通信管理局');
    }
    await expect(table.locator('tbody tr').first().locator('td').first()).toHaveText('44.13万次');

    await expect(page.getByTestId('figure-count')).toHaveText('共 4 个数字');
    await expect(page.getByTestId('headline-value')).toHaveText([
      '44.13万次',
      '2万余个号码',
      '272万张',
    ]);
    // Cards with none of this agency's figures say so.
    await expect(chartCard(page, 'yoy').getByTestId('empty-state')).toBeVisible();
    await expect(chartCard(page, 'funds').getByTestId('empty-state')).toBeVisible();
  });

  test('two agencies at once show the figures of either', async ({ page }) => {
    await page.goto('/');
    const details = await openAgencyFilter(page);
    await details.getByRole('button', { name: '湖北省通信管理局', exact: true }).click();
    await expect(page).toHaveURL(/[?&]agency=hubei-comms(&|$)/);
    await details.getByRole('button', { name: '湖北省委网信办', exact: true }).click();

    await expect(page).toHaveURL(/[?&]agency=hubei-comms,hubei-cac(&|$)/);
    await expect(details.locator('summary')).toHaveText('单位 (2)');
    const table = await showTable(chartCard(page, 'intercepts'));
    await expect(tableRowHeaders(table)).toHaveText([
      '拦截诈骗电话',
      '电话号码纳入“黑名单”',
      '下架App',
      '关闭、封堵网站平台',
    ]);
    await expect(page.getByTestId('figure-count')).toHaveText('共 6 个数字');

    // Unselecting one keeps the other.
    await details.getByRole('button', { name: '湖北省通信管理局', exact: true }).click();
    await expect(page).toHaveURL(/[?&]agency=hubei-cac(&|$)/);
    await expect(tableRowHeaders(table)).toHaveText(['下架App', '关闭、封堵网站平台']);
    await expect(page.getByTestId('figure-count')).toHaveText('共 2 个数字');
  });

  test('year and agency combine, and the filter bar clears both', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '2023年', exact: true }).click();
    const details = await openAgencyFilter(page);
    await details.getByRole('button', { name: '湖北省委网信办', exact: true }).click();
    await expect(page).toHaveURL(/\?year=2023&agency=hubei-cac$/);
    await expect(page.getByTestId('figure-count')).toHaveText('共 2 个数字');

    await page.getByTestId('filters').getByRole('button', { name: '清除筛选' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('figure-count')).toHaveText('共 33 个数字');
    await expect(page.getByRole('button', { name: '全部年份' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

test.describe('category filter and the empty state', () => {
  test('a category keeps only its figures', async ({ page }) => {
    await page.goto('/');
    const prevention = page.getByRole('button', { name: '事前拦截宣防', exact: true });
    await prevention.click();
    await expect(page).toHaveURL(/[?&]category=prevention(&|$)/);
    await expect(prevention).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('figure-count')).toHaveText('共 6 个数字');
    await expect(chartCard(page, 'yoy').getByTestId('empty-state')).toBeVisible();
    await expect(svgText(chartCard(page, 'intercepts'), '3亿余条')).toHaveCount(1);
    await expect(svgText(chartCard(page, 'intercepts'), '1263万次')).toHaveCount(0);
  });

  test('a combination with no figures shows the empty state, and its button clears the filters', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '总体态势', exact: true }).click();
    await expect(page).toHaveURL(/[?&]category=overall(&|$)/);
    const details = await openAgencyFilter(page);
    await details.getByRole('button', { name: '湖北省通信管理局', exact: true }).click();
    await expect(page).toHaveURL(/[?&]agency=hubei-comms(&|$)/);
    expect(queryOf(page)).toEqual({ agency: 'hubei-comms', category: 'overall' });

    await expect(page.getByTestId('figure-count')).toHaveText('共 0 个数字');
    const yoy = chartCard(page, 'yoy');
    const empty = yoy.getByTestId('empty-state');
    await expect(empty).toBeVisible();
    await expect(empty).toContainText('当前筛选下没有数字');
    await expect(yoy.locator('svg').filter({ visible: true })).toHaveCount(0);
    for (const id of ['intercepts', 'funds', 'categories', 'case'] as const) {
      await expect(chartCard(page, id).getByTestId('empty-state')).toBeVisible();
    }

    await empty.getByRole('button', { name: '清除筛选' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(yoy.getByTestId('empty-state')).toHaveCount(0);
    await expect(svgText(yoy, '+108.38%')).toHaveCount(1);
    await expect(page.getByTestId('figure-count')).toHaveText('共 33 个数字');
    await expect(page.getByRole('button', { name: '总体态势', exact: true })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});

test('a view without any headline figure says so, and how many figures the charts show', async ({
  page,
}) => {
  // The banks' three figures are none of the headline ones.
  await page.goto('/?agency=banks');
  await expect(page.getByTestId('figure-count')).toHaveText('共 3 个数字');
  await expect(page.getByTestId('headlines')).toContainText(
    '核心数字都不在当前筛选中；下方图表列出其中的 3 个数字。',
  );
  await page.goto('/?agency=banks&lang=en');
  await expect(page.getByTestId('headlines')).toContainText(
    'None of the headline figures is in this view; the charts below show its 3 figures.',
  );
  // A view with no figure at all keeps the empty state's words.
  await page.goto('/?year=2022&category=warning');
  await expect(page.getByTestId('figure-count')).toHaveText('共 0 个数字');
  await expect(page.getByTestId('headlines')).toContainText('当前筛选下没有数字');
});
