import type { Locator, Page } from '@playwright/test';
import {
  barCentres,
  datasetOrigin,
  datasetProblems,
  openDatasetFile,
  viewSnapshot,
  waitForApp,
} from './dataset-files';
import {
  chartCard,
  downloadedText,
  downloadFrom,
  expect,
  openAgencyFilter,
  svgText,
  test,
  type ChartId,
} from './fixtures';
import { hostileDataset, scriptLinkDataset, tagged, XSS_PAYLOADS } from './hostile-dataset';
import { setTraps, trapped } from './script-traps';

const HOSTILE_FILE = '<img src=x onerror=alert(99)>.json';
const BAR_CHARTS: ChartId[] = ['yoy', 'intercepts', 'funds', 'categories', 'case'];

/**
 * Hovers every bar-sized shape of a chart and returns the text of the tooltips that open, as
 * the reader sees it (legend swatches are bar-sized too, and open none).
 */
async function tooltipTexts(page: Page, card: Locator): Promise<string[]> {
  const texts: string[] = [];
  const tooltip = card.locator('div[style*="z-index: 9999999"]').filter({ visible: true });
  for (const { x, y } of await barCentres(card)) {
    await page.mouse.move(x, y);
    const shown = await tooltip
      .first()
      .waitFor({ timeout: 1000 })
      .then(() => true)
      .catch(() => false);
    if (shown) texts.push(await tooltip.first().innerText());
    await page.mouse.move(0, 0);
  }
  return texts;
}

test('a file whose every string is an XSS payload shows them all as text and runs none', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const strayRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (
      url.pathname === '/x' ||
      !['http://127.0.0.1', 'data:', 'blob:'].some((o) => url.href.startsWith(o))
    ) {
      strayRequests.push(request.url());
    }
  });
  await setTraps(page);
  await page.goto('/');
  await waitForApp(page);
  const hostile = hostileDataset();
  await openDatasetFile(page, HOSTILE_FILE, JSON.stringify(hostile));

  // The file name, the title, the source line: text.
  await expect(datasetOrigin(page)).toHaveText(`数据：你打开的文件 ${HOSTILE_FILE}（5 个数字）`);
  await expect(page.getByTestId('article-title')).toHaveText(tagged(1));
  await expect(page.getByTestId('source-line')).toContainText(tagged(2));
  await expect(page.getByTestId('source-line')).toContainText(tagged(3));
  await expect(page).toHaveTitle(`湖北反电诈数据看板 · ${tagged(1)}`);

  // Every bar chart: row labels drawn as SVG text, tooltips as text.
  for (const id of BAR_CHARTS) {
    const card = chartCard(page, id);
    const tips = await tooltipTexts(page, card);
    expect(tips.length, `${id}: bars hovered`).toBeGreaterThan(0);
    for (const tip of tips) expect(tip).toMatch(/«\d+» /);
  }
  await expect(svgText(chartCard(page, 'yoy'), tagged(0).slice(0, 10))).toHaveCount(1);
  const yoyTips = await tooltipTexts(page, chartCard(page, 'yoy'));
  expect(yoyTips[0]).toContain(tagged(0));
  expect(yoyTips[0]).toContain(tagged(7));

  // The timeline: its event title as SVG text (wrapped over lines, so compared without spaces).
  const squash = (text: string) => text.replace(/\s+/g, '');
  const timelineText = (await chartCard(page, 'timeline').locator('svg text').allTextContents())
    .map(squash)
    .join('');
  expect(timelineText).toContain(squash(tagged(9)));

  // A click on a bar opens the quote panel: quote, period and agencies as text.
  const [bar] = await barCentres(chartCard(page, 'yoy'));
  if (!bar) throw new Error('no bar in the yoy chart');
  await page.mouse.click(bar.x, bar.y);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('mark')).toHaveText(`${tagged(2)} 12.5% ${tagged(3)}`);
  await expect(dialog).toContainText(tagged(0));
  await expect(dialog).toContainText(tagged(7));
  await expect(dialog).toContainText(tagged(8));
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // Table views of every card.
  for (const id of [...BAR_CHARTS, 'timeline'] as ChartId[]) {
    const card = chartCard(page, id);
    await card.getByRole('button', { name: '表格', exact: true }).click();
    await expect(card.locator('table')).toBeVisible();
  }
  await expect(chartCard(page, 'yoy').locator('table')).toContainText(tagged(0));
  await expect(chartCard(page, 'yoy').locator('table')).toContainText(tagged(2));
  await expect(chartCard(page, 'timeline').locator('table')).toContainText(tagged(9));

  // Agency names on the filter chips; choosing one filters, names stay text.
  const agencies = await openAgencyFilter(page);
  await expect(agencies.getByRole('button', { name: tagged(0) })).toBeVisible();
  await agencies.getByRole('button', { name: tagged(8) }).click();
  await expect(page.getByTestId('figure-count')).toHaveText('共 5 个数字');

  const chineseText = await page.locator('body').innerText();

  // English: the other half of the payloads, through the same paths.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('article-title')).toHaveText(tagged(0));
  const englishText = await page.locator('body').innerText();
  // Between the two languages, every payload is on the page, as the text it is.
  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    expect(`${chineseText}\n${englishText}`, `payload ${i}`).toContain(`«${i}» ${payload}`);
  }
  for (const id of BAR_CHARTS) {
    const card = chartCard(page, id);
    await card.getByRole('button', { name: 'Chart', exact: true }).click();
    expect((await tooltipTexts(page, card)).length).toBeGreaterThan(0);
  }
  await page.getByRole('button', { name: 'Dark' }).click();

  // Exports: the SVG holds the payloads escaped, never as markup.
  const yoy = chartCard(page, 'yoy');
  const svg = await downloadedText(
    await downloadFrom(page, yoy.getByRole('button', { name: 'Download SVG' })),
  );
  expect(svg).toContain('«1» &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
  // Parsed as an image would be: only SVG drawing elements, no handler attributes.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const elements = [...doc.querySelectorAll('*')];
    return {
      tags: [...new Set(elements.map((el) => el.tagName.toLowerCase()))].sort(),
      handlers: elements.flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('on'))),
      text: doc.documentElement.textContent ?? '',
    };
  }, svg);
  expect(parsed.tags).toEqual(['path', 'rect', 'style', 'svg', 'text']);
  expect(parsed.handlers).toEqual([]);
  expect(parsed.text).toContain(tagged(12));
  const csv = await downloadedText(
    await downloadFrom(page, yoy.getByRole('button', { name: 'Download CSV' })),
  );
  expect(csv).toContain(tagged(1));
  await downloadFrom(page, yoy.getByRole('button', { name: 'Download PNG' }));

  // Nothing ran, nothing was injected, nothing was fetched from the payloads.
  const { calls, injected } = await trapped(page);
  expect(calls, 'alert/confirm/prompt/print calls and CSP violations').toEqual([]);
  expect(injected, 'script, frames, inline handlers or javascript: links added').toEqual([]);
  expect(dialogs).toEqual([]);
  expect(strayRequests).toEqual([]);
  for (const selector of ['[onerror]', '[onload]', '[ontoggle]', '[onbegin]', 'iframe', 'object']) {
    await expect(page.locator(selector), selector).toHaveCount(0);
  }
  await expect(page.locator('body')).toBeVisible();
  expect(XSS_PAYLOADS).toHaveLength(15);
});

test('a javascript: source link is refused with a message, and the view stays', async ({
  page,
}) => {
  await setTraps(page);
  await page.goto('/');
  await waitForApp(page);
  const before = await viewSnapshot(page);
  await openDatasetFile(page, 'script-link.json', JSON.stringify(scriptLinkDataset()));
  const problems = datasetProblems(page);
  await expect(problems.getByRole('listitem')).toHaveText([
    'source.repost.url: expected an http:// or https:// link, got "javascript:alert(document.domain)"',
    'source.originalUrl: expected an http:// or https:// link, got "JaVaScRiPt:alert(1)"',
  ]);
  expect(await viewSnapshot(page)).toEqual(before);
  // The source links on the page are the article's, and http(s) only.
  const hrefs = await page
    .getByTestId('source-line')
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  expect(await trapped(page)).toEqual({ calls: [], injected: [] });
});
