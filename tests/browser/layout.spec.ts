import type { Locator, Page } from '@playwright/test';
import { chartCard, expect, openAgencyFilter, showLiveCharts, svgText, test } from './fixtures';

const PHONE = { width: 375, height: 800 };
const CHART_IDS = ['yoy', 'intercepts', 'funds', 'categories', 'case', 'timeline'] as const;
const MIN_TARGET = 44;

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
}

/** Every visible button (and the agency <summary>) with a height under 44 px. */
async function smallTargets(page: Page): Promise<string[]> {
  const targets = page.locator('button:visible, summary:visible');
  await expect(targets.first()).toBeVisible();
  const small: string[] = [];
  for (const target of await targets.all()) {
    const box = await target.boundingBox();
    if (box && box.height < MIN_TARGET) {
      const name = (await target.getAttribute('aria-label')) ?? (await target.innerText());
      small.push(`"${name.trim()}": ${box.width.toFixed(0)}×${box.height.toFixed(1)} px`);
    }
  }
  return small;
}

test('turning a desktop window into a phone-sized one reflows without overflow', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?lang=en');
  await showLiveCharts(page);
  await expect(svgText(chartCard(page, 'yoy'), 'Arrests, year on year')).toHaveCount(1);
  await expect(svgText(chartCard(page, 'timeline'), /^Published/)).toHaveCount(1);
  await page.setViewportSize(PHONE);
  await expect
    .poll(async () => (await horizontalOverflow(page)).scrollWidth, {
      message: 'document scrollWidth after resizing to 375 px',
    })
    .toBeLessThanOrEqual(PHONE.width);
  // Every chart follows the narrower card (343 px inside the page's padding) by the time the
  // reader scrolls to it (cards off screen are not laid out: content-visibility).
  for (const card of await page.locator('[data-chart]').all()) {
    await card.scrollIntoViewIfNeeded();
    await expect
      .poll(
        () =>
          card.evaluate((el) => {
            const svg = [...el.querySelectorAll('svg')].find(
              (s) => s.getBoundingClientRect().width > 0,
            );
            return svg?.getBoundingClientRect().width ?? 0;
          }),
        { message: `chart ${await card.getAttribute('data-chart')} fits its card at 375 px` },
      )
      .toBeLessThanOrEqual(PHONE.width - 32);
  }
});

for (const lang of ['zh', 'en'] as const) {
  test.describe(`375 px wide, ${lang}`, () => {
    test.use({ viewport: PHONE });

    test('no horizontal overflow, and every button is at least 44 px tall', async ({ page }) => {
      await page.goto(lang === 'en' ? '/?lang=en' : '/');
      await showLiveCharts(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? /^en/ : 'zh-CN');
      await expect(
        chartCard(page, 'yoy').locator('svg text').filter({ visible: true }).first(),
      ).toBeVisible();
      await openAgencyFilter(page);

      const { scrollWidth, innerWidth } = await horizontalOverflow(page);
      expect(innerWidth).toBe(PHONE.width);
      expect(scrollWidth, 'page wider than the screen').toBeLessThanOrEqual(innerWidth);

      expect(await smallTargets(page), 'buttons under 44 px tall').toEqual([]);
    });

    test('table views and the quote dialog fit too', async ({ page }) => {
      await page.goto(lang === 'en' ? '/?lang=en' : '/');
      const tableName = lang === 'en' ? 'Table' : '表格';
      for (const id of CHART_IDS) {
        const card = chartCard(page, id);
        await card.getByRole('button', { name: tableName, exact: true }).click();
        await expect(card.getByTestId('chart-table')).toBeVisible();
      }
      const { scrollWidth, innerWidth } = await horizontalOverflow(page);
      expect(scrollWidth, 'page wider than the screen with tables shown').toBeLessThanOrEqual(
        innerWidth,
      );
      expect(await smallTargets(page), 'buttons under 44 px tall').toEqual([]);

      await page
        .getByRole('button', {
          name: lang === 'en' ? 'Show quote: Fraud-linked funds stopped' : '查看原文: 止付涉诈资金',
        })
        .click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      const box = await dialog.boundingBox();
      expect(box).not.toBeNull();
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(PHONE.width);
      const close = dialog.getByRole('button', { name: lang === 'en' ? 'Close' : '关闭' });
      expect((await close.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(MIN_TARGET);
    });

    test('charts fit the card: no chart is wider than the screen, no label cut off', async ({
      page,
    }) => {
      await page.goto(lang === 'en' ? '/?lang=en' : '/');
      await showLiveCharts(page);
      const firstLabel = lang === 'en' ? /^Arrests/ : /^逮捕/;
      await expect(svgText(chartCard(page, 'yoy'), firstLabel)).toHaveCount(1);
      for (const id of CHART_IDS) {
        // Measured in one go in the page, so a chart being redrawn is measured whole or not at all.
        await expect(async () => {
          const geometry = await chartCard(page, id).evaluate((card) => {
            const svg = [...card.querySelectorAll('svg')].find(
              (s) => s.getBoundingClientRect().width > 0,
            );
            if (!svg) return null;
            const frame = svg.getBoundingClientRect();
            const clipped = [...svg.querySelectorAll('text')]
              .filter((t) => {
                const r = t.getBoundingClientRect();
                return r.width > 0 && (r.left < frame.left - 1 || r.right > frame.right + 1);
              })
              .map((t) => t.textContent ?? '');
            return { left: frame.left, right: frame.right, clipped };
          });
          expect(geometry, `${id} chart on screen`).not.toBeNull();
          expect(geometry?.left ?? -1, `${id} chart left edge`).toBeGreaterThanOrEqual(0);
          expect(geometry?.right ?? Infinity, `${id} chart right edge`).toBeLessThanOrEqual(
            PHONE.width,
          );
          expect(geometry?.clipped, `labels cut off at the edges of the ${id} chart`).toEqual([]);
        }).toPass();
      }
    });
  });
}

/** The live timeline of a phone-sized page, scrolled into view. */
async function phoneTimeline(page: Page, lang: 'zh' | 'en'): Promise<Locator> {
  await page.setViewportSize(PHONE);
  await page.goto(lang === 'en' ? '/?lang=en' : '/');
  await showLiveCharts(page);
  const timeline = chartCard(page, 'timeline');
  await timeline.scrollIntoViewIfNeeded();
  return timeline;
}

for (const lang of ['zh', 'en'] as const) {
  test(`the timeline's event labels do not overlap each other (375 px, ${lang})`, async ({
    page,
  }) => {
    const timeline = await phoneTimeline(page, lang);
    // A label's lines are <text> elements with the label's transform; the labels are compared
    // whole (a line's box is as tall as the font's ascent and descent, taller than the line
    // height in a Chinese font, so a label's own lines may touch).
    const boxes = await timeline.locator('.echarts-for-react svg text').evaluateAll((texts) => {
      const labels = new Map<
        string,
        { text: string; top: number; bottom: number; left: number; right: number }
      >();
      for (const t of texts) {
        const content = t.textContent ?? '';
        // Not the month axis (below the plot) nor the vertical report-date label.
        if (/^(Published|发稿)/.test(content) || t.getAttribute('text-anchor') === 'middle')
          continue;
        const r = t.getBoundingClientRect();
        const key = t.getAttribute('transform') ?? content;
        const label = labels.get(key);
        if (!label) {
          labels.set(key, {
            text: content,
            top: r.top,
            bottom: r.bottom,
            left: r.left,
            right: r.right,
          });
        } else {
          label.text += content;
          label.top = Math.min(label.top, r.top);
          label.bottom = Math.max(label.bottom, r.bottom);
          label.left = Math.min(label.left, r.left);
          label.right = Math.max(label.right, r.right);
        }
      }
      return [...labels.values()];
    });
    expect(boxes.length, 'event labels drawn').toBeGreaterThan(3);
    const overlaps: string[] = [];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const vertical = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        const horizontal = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        if (vertical > 1 && horizontal > 1) overlaps.push(`"${a.text}" / "${b.text}"`);
      }
    }
    expect(overlaps).toEqual([]);
  });
}

for (const lang of ['zh', 'en'] as const) {
  test(`the timeline's report-date label crosses no event's dot (375 px, ${lang})`, async ({
    page,
  }) => {
    const timeline = await phoneTimeline(page, lang);
    const { label, dots } = await timeline.locator('.echarts-for-react svg').evaluate((svg) => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      };
      const text = [...svg.querySelectorAll('text')].find((t) =>
        /^(Published|发稿)/.test(t.textContent ?? ''),
      );
      // The events' dots: the 12 px circles of the scatter series.
      const circles = [...svg.querySelectorAll('path')]
        .map(box)
        .filter((b) => Math.abs(b.right - b.left - 12) < 2 && Math.abs(b.bottom - b.top - 12) < 2);
      return { label: text ? box(text) : null, dots: circles };
    });
    expect(label, 'report-date label drawn').not.toBeNull();
    expect(dots.length, 'event dots drawn').toBeGreaterThan(3);
    const crossed = dots.filter(
      (d) =>
        label &&
        Math.min(d.right, label.right) - Math.max(d.left, label.left) > 0 &&
        Math.min(d.bottom, label.bottom) - Math.max(d.top, label.top) > 0,
    );
    expect(crossed).toEqual([]);
  });
}

test("the timeline's months are the same for a reader in China as in the build (UTC)", async ({
  browser,
}) => {
  const monthTicks = async (timezoneId: string) => {
    const context = await browser.newContext({
      timezoneId,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto('/');
    await showLiveCharts(page);
    const timeline = chartCard(page, 'timeline');
    await timeline.scrollIntoViewIfNeeded();
    const ticks = await timeline
      .locator('.echarts-for-react svg text[text-anchor="middle"]')
      .allTextContents();
    await context.close();
    return ticks;
  };
  const utc = await monthTicks('UTC');
  expect(utc.length, 'month ticks drawn').toBeGreaterThan(3);
  expect(utc[0]).toBe('22年10月');
  expect(await monthTicks('Asia/Shanghai')).toEqual(utc);
});
