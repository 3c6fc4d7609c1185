import {
  chartCard,
  expect,
  headlineCard,
  queryOf,
  showLiveCharts,
  showTable,
  svgText,
  test,
} from './fixtures';

const HAN = /\p{Script=Han}/u;

test('English: the URL, the html lang, headings, units and at-least figures', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const english = page.getByRole('button', { name: 'English', exact: true });
  await expect(english).toHaveAttribute('aria-pressed', 'false');
  await english.click();

  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
  expect(queryOf(page)).toEqual({ lang: 'en' });
  await expect(english).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: '中文', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  // English (en, or a regional tag such as en-GB).
  await expect(page.locator('html')).toHaveAttribute('lang', /^en(-[A-Z]{2})?$/);
  await expect(page).toHaveTitle(/^Hubei anti-fraud statistics/);

  const yoy = chartCard(page, 'yoy');
  await expect(yoy.getByRole('heading', { level: 2 })).toHaveText('Year-on-year changes');
  await expect(chartCard(page, 'funds').getByRole('heading', { level: 2 })).toHaveText(
    'Funds stopped and saved',
  );
  await expect(page.getByRole('heading', { name: 'Headline figures' })).toBeVisible();
  await expect(page.getByTestId('figure-count')).toHaveText('33 figures');

  // Headline values with English units and the at-least '+'.
  await expect(
    headlineCard(page, 'Fraud-linked funds stopped').getByTestId('headline-value'),
  ).toHaveText('¥39.63 billion');
  await expect(
    headlineCard(page, 'Phone numbers blacklisted').getByTestId('headline-value'),
  ).toHaveText('20,000+ phone numbers');
  await expect(
    headlineCard(page, 'Fraud calls intercepted').getByTestId('headline-value'),
  ).toHaveText('441,300 calls');
  await expect(page.getByTestId('headline-value').filter({ hasText: '余' })).toHaveCount(0);
  await expect(page.getByTestId('headline-value').filter({ hasText: '亿' })).toHaveCount(0);

  // Charts: English labels, '+' for lower bounds.
  const intercepts = chartCard(page, 'intercepts');
  await expect(svgText(intercepts, '20,000+ phone numbers')).toHaveCount(1);
  await expect(svgText(intercepts, '300 million+ messages')).toHaveCount(1);
  await expect(svgText(intercepts, '3,000+ events')).toHaveCount(1);
  await expect(svgText(yoy, 'Arrests, year on year')).toHaveCount(1);

  // Buttons and filters in English.
  await expect(page.getByRole('button', { name: '2023', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'All years' })).toBeVisible();
  await expect(yoy.getByRole('button', { name: 'Download PNG' })).toBeVisible();
  const table = await showTable(intercepts, 'Table');
  await expect(table.getByRole('columnheader', { name: 'Value' })).toBeVisible();
  await expect(
    table
      .getByRole('row')
      .filter({ hasText: 'Phone numbers blacklisted' })
      .getByRole('cell')
      .first(),
  ).toHaveText('20,000+ phone numbers');
});

test('switching back to 中文 drops lang from the URL and restores Chinese', async ({ page }) => {
  await page.goto('/?year=2023&lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', /^en/);
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(page).toHaveURL(/\?year=2023$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(chartCard(page, 'yoy').getByRole('heading', { level: 2 })).toHaveText('同比变化');
  await expect(headlineCard(page, '电话号码纳入“黑名单”').getByTestId('headline-value')).toHaveText(
    '2万余个号码',
  );
  await expect(headlineCard(page, '止付涉诈资金').getByTestId('headline-value')).toHaveText(
    '396.3亿元',
  );
  // The year filter survived the language change.
  await expect(page.getByRole('button', { name: '2023年', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('the language is part of the history: back returns to Chinese', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', /^en/);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(chartCard(page, 'yoy').getByRole('heading', { level: 2 })).toHaveText('同比变化');
});

test('in English no chart draws Chinese text (axis labels included)', async ({ page }) => {
  await page.goto('/?lang=en');
  await showLiveCharts(page);
  await expect(chartCard(page, 'yoy').getByRole('heading', { level: 2 })).toHaveText(
    'Year-on-year changes',
  );
  for (const id of CHART_IDS) {
    const texts = chartCard(page, id).locator('svg text').filter({ visible: true });
    await expect(texts.first()).toBeVisible();
    const chinese = (await texts.allTextContents()).filter((t) => HAN.test(t));
    expect(chinese, `Chinese text drawn in the English "${id}" chart`).toEqual([]);
  }
});

const CHART_IDS = ['yoy', 'intercepts', 'funds', 'categories', 'case', 'timeline'] as const;
const ENGLISH_MONTH = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;

test('switching to English after the charts are up redraws every label in English', async ({
  page,
}) => {
  // A filtered view, its interactive charts drawn in Chinese first (the timeline ignores the
  // agency filter and keeps its month axis). The build's snapshots of it stand in until the
  // reader's first touch starts the live charts.
  await page.goto('/?agency=hubei-comms');
  await showLiveCharts(page);
  // The interactive charts are up once the intercepts chart shows this agency's two bars only.
  const intercepts = chartCard(page, 'intercepts');
  await expect(svgText(intercepts, '44.13万次')).toHaveCount(1);
  await expect(svgText(intercepts, '3亿余条')).toHaveCount(0);
  const timeline = chartCard(page, 'timeline');
  await expect(svgText(timeline, '宜昌反诈中心止付5个账户')).toHaveCount(1);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\?agency=hubei-comms&lang=en$/);
  await expect(svgText(timeline, 'Yichang Anti-Fraud Center')).toHaveCount(1);
  for (const id of CHART_IDS) {
    const texts = chartCard(page, id).locator('svg text').filter({ visible: true });
    const chinese = (await texts.allTextContents()).filter((t) => HAN.test(t));
    expect(chinese, `Chinese text drawn in the English "${id}" chart`).toEqual([]);
  }
});

test('switching to Chinese after the charts are up draws no English month names', async ({
  page,
}) => {
  await page.goto('/?agency=hubei-comms&lang=en');
  await showLiveCharts(page);
  const timeline = chartCard(page, 'timeline');
  await expect(svgText(timeline, 'Yichang Anti-Fraud Center')).toHaveCount(1);
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(page).toHaveURL(/\?agency=hubei-comms$/);
  await expect(svgText(timeline, '宜昌反诈中心止付5个账户')).toHaveCount(1);
  const english = (await timeline.locator('svg text').allTextContents()).filter((t) =>
    ENGLISH_MONTH.test(t),
  );
  expect(english, 'English month names in the Chinese timeline').toEqual([]);
});
