import { test as base, type Page } from '@playwright/test';
import { datasetToCsv } from '@/data/dataset-to-csv';
import { articleData, barCentres, datasetOrigin, openDatasetFile } from './dataset-files';
import {
  chartCard,
  downloadFrom,
  expect,
  headlineCard,
  openAgencyFilter,
  showTable,
  test,
} from './fixtures';
import { setTraps, trapped } from './script-traps';

/** Every request a page makes, and those that leave its origin (data: and blob: stay local). */
function recordRequests(page: Page, origin: string) {
  const all: string[] = [];
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    all.push(url);
    if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)) foreign.push(url);
  });
  return { all, foreign };
}

function originOf(page: Page): string {
  return new URL(page.url()).origin;
}

test('the policy: scripts from the page’s origin only, no inline script, no eval', async ({
  page,
}) => {
  await page.goto('/');
  const policy = await page
    .locator('head meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const directives = new Map(
    (policy ?? '').split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(policy).not.toContain('unsafe-eval');
  // The page's only script tag points at the origin; no inline script anywhere.
  const scripts = await page
    .locator('script')
    .evaluateAll((els) =>
      els.map((el) => ({ src: el.getAttribute('src'), inline: (el.textContent ?? '').trim() })),
    );
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    expect(script.src).toMatch(/^\/assets\/[\w-]+\.js$/);
    expect(script.inline).toBe('');
  }
});

test('a whole session stays on the origin and breaks no rule of the policy', async ({ page }) => {
  await setTraps(page);
  await page.goto('/');
  const requests = recordRequests(page, originOf(page));
  await page.reload();

  // Quote panel, filters, table, tooltip.
  await headlineCard(page, '止付涉诈资金')
    .getByRole('button', { name: /查看原文/ })
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '2023年', exact: true }).click();
  await page.getByRole('button', { name: '打击', exact: true }).click();
  const agencies = await openAgencyFilter(page);
  await agencies.getByRole('button').first().click();
  await page.getByTestId('filters').getByRole('button', { name: '清除筛选' }).click();
  // The worker drawing views ahead (a script of the origin) runs under the policy.
  await expect(page.locator('html')).toHaveAttribute('data-snapshots-ahead', 'done');
  const funds = chartCard(page, 'funds');
  const [bar] = await barCentres(funds);
  if (bar) await page.mouse.move(bar.x, bar.y);
  await expect(
    funds.locator('div[style*="z-index: 9999999"]').filter({ visible: true }),
  ).toHaveCount(1);
  await showTable(chartCard(page, 'yoy'));

  // Language and theme.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Dark' }).click();
  await page.getByRole('button', { name: 'Light' }).click();
  await page.getByRole('button', { name: '中文' }).click();

  // Every kind of download.
  for (const name of ['下载 PNG', '下载 SVG', '下载 CSV']) {
    await downloadFrom(page, funds.getByRole('button', { name }));
  }
  await downloadFrom(page, page.getByRole('button', { name: '下载全部数据（JSON）' }));
  await downloadFrom(page, page.getByRole('button', { name: 'JSON 模板' }));
  await downloadFrom(page, page.getByRole('button', { name: 'CSV 模板' }));

  // Another dataset, a refused one, and back.
  await openDatasetFile(page, 'mine.csv', datasetToCsv(articleData()));
  await expect(datasetOrigin(page)).toContainText('mine.csv');
  await openDatasetFile(page, 'bad.json', '{');
  await expect(page.getByTestId('dataset-problems')).toBeVisible();
  await page.getByRole('button', { name: '返回本文数据' }).click();
  await expect(datasetOrigin(page)).toContainText('本文报道');

  expect(requests.all.length).toBeGreaterThan(3);
  expect(requests.foreign, 'requests that left the page’s origin').toEqual([]);
  expect(await trapped(page), 'CSP violations and injected elements').toEqual({
    calls: [],
    injected: [],
  });
});

base('the policy is in force: inline script and eval are refused', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().includes('Content Security Policy')) {
      violations.push(m.text());
    }
  });
  await page.goto('/');
  // Set up from the test, run by a real click: page code, not the debugger's evaluation.
  await page.evaluate(() => {
    const w = window as unknown as { __outcome: Record<string, boolean> };
    w.__outcome = {};
    document.addEventListener(
      'click',
      () => {
        const script = document.createElement('script');
        script.textContent = 'window.__outcome.inline = true';
        document.head.append(script);
        try {
          w.__outcome.eval = (0, eval)('true') as boolean;
        } catch {
          w.__outcome.eval = false;
        }
        try {
          w.__outcome.function = new Function('return true')() as boolean;
        } catch {
          w.__outcome.function = false;
        }
      },
      { once: true },
    );
  });
  await page.getByTestId('article-title').click();
  const outcome = await page.evaluate(
    () => (window as unknown as { __outcome: Record<string, boolean> }).__outcome,
  );
  // The inline script never set its flag; eval and new Function threw.
  expect(outcome).toEqual({ eval: false, function: false });
  // The refusals are reported, as a reader's browser console would show them.
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});
