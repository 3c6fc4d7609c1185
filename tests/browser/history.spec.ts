import type { Page } from '@playwright/test';
import {
  chartCard,
  expect,
  openAgencyFilter,
  queryOf,
  showTable,
  svgText,
  tableRowHeaders,
  test,
} from './fixtures';

async function expectAllYearsView(page: Page) {
  await expect(page.getByRole('button', { name: '全部年份' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('button', { name: '2023年', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(page.getByTestId('figure-count')).toHaveText('共 33 个数字');
  await expect(svgText(chartCard(page, 'yoy'), '-25.81%')).toHaveCount(1);
}

async function expectYear2023View(page: Page) {
  await expect(page.getByRole('button', { name: '2023年', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByTestId('figure-count')).toHaveText('共 24 个数字');
  await expect(svgText(chartCard(page, 'yoy'), '-25.81%')).toHaveCount(0);
  const details = await openAgencyFilter(page);
  await expect(
    details.getByRole('button', { name: '湖北省通信管理局', exact: true }),
  ).toHaveAttribute('aria-pressed', 'false');
}

async function expectYear2023CommsView(page: Page, figureCount = '共 4 个数字') {
  await expect(page.getByRole('button', { name: '2023年', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const details = await openAgencyFilter(page);
  await expect(
    details.getByRole('button', { name: '湖北省通信管理局', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('figure-count')).toHaveText(figureCount);
}

test('reload restores the filters, the pressed buttons and the table contents', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: '2023年', exact: true }).click();
  const details = await openAgencyFilter(page);
  await details.getByRole('button', { name: '湖北省通信管理局', exact: true }).click();
  await page.getByRole('button', { name: '事前拦截宣防', exact: true }).click();
  await expect(page).toHaveURL(/[?&]category=prevention(&|$)/);
  const expectedQuery = { year: '2023', agency: 'hubei-comms', category: 'prevention' };
  expect(queryOf(page)).toEqual(expectedQuery);

  const table = await showTable(chartCard(page, 'intercepts'));
  const before = await table.locator('tbody tr').allTextContents();
  expect(before).toHaveLength(2);
  await expect(tableRowHeaders(table)).toHaveText(['拦截诈骗电话', '电话号码纳入“黑名单”']);

  await page.reload();

  expect(queryOf(page)).toEqual(expectedQuery);
  await expectYear2023CommsView(page, '共 2 个数字');
  await expect(page.getByRole('button', { name: '事前拦截宣防', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('button', { name: '打击', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  const tableAfter = await showTable(chartCard(page, 'intercepts'));
  await expect(tableRowHeaders(tableAfter)).toHaveText(['拦截诈骗电话', '电话号码纳入“黑名单”']);
  await expect(tableAfter.locator('tbody tr')).toHaveText(before);
});

test('a shared link opens the same view in a new page', async ({ page, context }) => {
  await page.goto('/?year=2023&agency=hubei-comms');
  await expectYear2023CommsView(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await expectYear2023CommsView(other);
  await other.close();
});

test('back and forward step through the filter changes', async ({ page }) => {
  await page.goto('/');
  await expectAllYearsView(page);

  await page.getByRole('button', { name: '2023年', exact: true }).click();
  await expect(page).toHaveURL(/\?year=2023$/);
  await expectYear2023View(page);

  const details = await openAgencyFilter(page);
  await details.getByRole('button', { name: '湖北省通信管理局', exact: true }).click();
  await expect(page).toHaveURL(/\?year=2023&agency=hubei-comms$/);
  await expectYear2023CommsView(page);

  await page.goBack();
  await expect(page).toHaveURL(/\?year=2023$/);
  await expectYear2023View(page);

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expectAllYearsView(page);

  await page.goForward();
  await expect(page).toHaveURL(/\?year=2023$/);
  await expectYear2023View(page);

  await page.goForward();
  await expect(page).toHaveURL(/\?year=2023&agency=hubei-comms$/);
  await expectYear2023CommsView(page);
});

test('back works after a reload, too', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '2023年', exact: true }).click();
  await expect(page).toHaveURL(/\?year=2023$/);
  const details = await openAgencyFilter(page);
  await details.getByRole('button', { name: '湖北省通信管理局', exact: true }).click();
  await expect(page).toHaveURL(/\?year=2023&agency=hubei-comms$/);
  await page.reload();
  await expectYear2023CommsView(page);

  await page.goBack();
  await expect(page).toHaveURL(/\?year=2023$/);
  await expectYear2023View(page);
});
