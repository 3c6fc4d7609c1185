import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

export { CHROMIUM_ARGS };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Every card shows either its empty state or a drawn live chart; no placeholder, no
 * prerendered chart and no snapshot is on screen. (Hidden charts stay mounted, so visibility
 * decides.)
 */
function liveChartsReady(): boolean {
  const cards = [...document.querySelectorAll('[data-chart]')];
  return (
    cards.length > 0 &&
    cards.every(
      (card) =>
        card.querySelector('[data-testid="empty-state"]') !== null ||
        [...card.querySelectorAll('.echarts-for-react')].some(
          (el) => el.getBoundingClientRect().height > 0,
        ),
    ) &&
    document.querySelector('[data-testid="chart-loading"], [data-stale]') === null &&
    ![...document.querySelectorAll('[data-static-chart], [data-snapshot-chart]')].some(
      (el) => el.getBoundingClientRect().height > 0,
    )
  );
}

/**
 * Every card shows the current view: its empty state, or a chart drawn for it (live, the
 * build's snapshot, or the prerendered first view), none waiting for its turn to redraw.
 */
function chartsShowView(onScreenOnly = false): boolean {
  const cards = [...document.querySelectorAll('[data-chart]')];
  const shown = onScreenOnly
    ? cards.filter((card) => {
        const box = card.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      })
    : cards;
  return (
    cards.length > 0 &&
    !shown.some((card) => card.querySelector('[data-testid="chart-loading"], [data-stale]')) &&
    shown.every(
      (card) =>
        card.querySelector('[data-testid="empty-state"]') !== null ||
        [...card.querySelectorAll('.echarts-for-react, [data-static-chart]')].some(
          (el) => el.getBoundingClientRect().height > 0,
        ) ||
        // A snapshot counts once its image is decoded and on the page.
        [...card.querySelectorAll('[data-snapshot-chart] img')].some(
          (img) =>
            img instanceof HTMLImageElement &&
            img.complete &&
            img.naturalWidth > 0 &&
            img.getBoundingClientRect().height > 0,
        ),
    )
  );
}

/**
 * Runs in the page: clicks the filter buttons named (CSS selectors) in turn, timing each from
 * the click to the end of the frame that answers it (the next paint), to the end of the frame
 * in which every chart shows the new view (snapshot or live), and to the one in which every
 * live chart has caught up (charts off screen, or standing in as snapshots, redraw in turns
 * after the paint). A frame's end: a task queued from its animation-frame callback, registered
 * before the click so that it runs before any task the click's own work queues from the same
 * frame.
 */
async function timeFilterClicks({
  selectors,
  rounds,
  waitForViewsAhead = false,
}: {
  selectors: string[];
  rounds: number;
  /** Before each click, until the views a click away are drawn (a reader pausing to read). */
  waitForViewsAhead?: boolean;
}) {
  const installed = window as unknown as Record<string, () => boolean>;
  const paint: number[] = [];
  const all: number[] = [];
  const live: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Set ('drawing') when the view changes, by then committed (the live charts caught up).
    while (waitForViewsAhead && document.documentElement.dataset.snapshotsAhead === 'drawing')
      await new Promise((r) => setTimeout(r, 20));
    const button = document.querySelector<HTMLButtonElement>(
      `[data-testid="filters"] ${selectors[i % selectors.length]}`,
    );
    if (!button) throw new Error(`no filter button ${selectors[i % selectors.length]}`);
    const painted = new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const t0 = performance.now();
    button.click();
    await painted;
    paint.push(performance.now() - t0);
    while (!installed.chartsShowView?.())
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    all.push(performance.now() - t0);
    while (!installed.liveChartsReady?.())
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    live.push(performance.now() - t0);
  }
  return { paint, all, live };
}

/** Puts the readiness checks, defined once in this file, in the page as source text. */
async function installChecks(page: Page): Promise<void> {
  await page.evaluate(
    `window.liveChartsReady = ${liveChartsReady.toString()}; window.chartsShowView = ${chartsShowView.toString()};`,
  );
}

interface ClickTimes {
  paintMs: number;
  allMs: number;
  liveMs: number;
}

const NO_TIMES: ClickTimes = { paintMs: NaN, allMs: NaN, liveMs: NaN };

const YEAR_CLICKS = [
  '[data-year="2023"]',
  '[data-year="2024"]',
  '[data-year="all"]',
  '[data-year="2022"]',
];

/**
 * Agency and category buttons, each pressed and released from the first view: views of one
 * agency or one category, which the build draws as snapshots (like years). A combination has
 * none: year 2023 and an agency chosen first, a category pressed and released. Its views are
 * drawn ahead by the page's worker, once the live charts are up (`ahead`: each click waits
 * until they are); without the worker (its script refused), ECharts draws them.
 */
interface FilterClicks {
  setup: readonly string[];
  clicks: readonly string[];
  ahead?: boolean;
  withoutWorker?: boolean;
}

const COMBINATION = {
  setup: ['[data-year="2023"]', '[data-agency="hubei-public-security"]'],
  clicks: [
    '[data-category="enforcement"]',
    '[data-category="enforcement"]',
    '[data-category="governance"]',
    '[data-category="governance"]',
  ],
} as const;

const OTHER_FILTER_CLICKS: Record<string, FilterClicks> = {
  agency: {
    setup: [],
    clicks: [
      '[data-agency="hubei-police"]',
      '[data-agency="hubei-police"]',
      '[data-agency="banks"]',
      '[data-agency="banks"]',
    ],
  },
  category: {
    setup: [],
    clicks: [
      '[data-category="recovery"]',
      '[data-category="recovery"]',
      '[data-category="warning"]',
      '[data-category="warning"]',
    ],
  },
  combinationAhead: { ...COMBINATION, ahead: true },
  combination: { ...COMBINATION, withoutWorker: true },
};

/**
 * Where a reader who clicks a year with the first row of charts in view is: the year buttons at
 * the top of the window, the charts below them, the pointer on a year button. Not the charts
 * at the top with the pointer where it was: a pointer resting on a chart (which no mouse click
 * on a year button leaves) has that chart redrawn live in the click's own task, for its
 * tooltip (see `engaged` in echart.tsx).
 */
async function showFirstRowUnderYearButtons(page: Page): Promise<void> {
  const button = page.locator('[data-testid="filters"] [data-year="2023"]');
  await button.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const box = await button.boundingBox();
  if (!box) throw new Error('no year button');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const firstRowOnScreen = await page.evaluate(() => {
    const card = document.querySelector('[data-chart]')?.getBoundingClientRect();
    return card !== undefined && card.top >= 0 && card.top < window.innerHeight - 150;
  });
  if (!firstRowOnScreen) throw new Error('the first row of charts is not on screen');
}

/**
 * A year click on a loaded desktop page, two ways: at the top of the page (no chart on
 * screen) and scrolled to the first row of charts. For each, the median time to the next
 * paint (what the reader sees answer), to every chart showing the new view, and to every live
 * chart caught up (see timeYearClicks). Instances must be kept.
 */
export async function measureFilterChange(browser: Browser, url: string, rounds = 24) {
  const result: Record<'top' | 'charts', ClickTimes> = { top: NO_TIMES, charts: NO_TIMES };
  let instancesKept = true;
  for (const where of ['top', 'charts'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    await page.mouse.move(200, 200);
    await page.waitForFunction(liveChartsReady);
    await installChecks(page);
    if (where === 'charts') await showFirstRowUnderYearButtons(page);
    const instanceIds = () =>
      page.$$eval('[data-chart] .echarts-for-react', (els) =>
        els.map((el) => el.getAttribute('_echarts_instance_')),
      );
    const before = await instanceIds();
    const samples = await page.evaluate(timeFilterClicks, { selectors: YEAR_CLICKS, rounds });
    instancesKept &&= JSON.stringify(before) === JSON.stringify(await instanceIds());
    result[where] = {
      paintMs: median(samples.paint),
      allMs: median(samples.all),
      liveMs: median(samples.live),
    };
    await page.close();
  }
  return { ...result, samples: rounds, instancesKept };
}

/**
 * Agency and category clicks on a loaded desktop page, at the top: medians as for the year.
 * Views of one agency or category, and the first view they return to, have snapshots (the
 * first press asks for the filters' file and is drawn by ECharts); the combination's have none.
 */
export async function measureOtherFilterChanges(browser: Browser, url: string, rounds = 24) {
  const result: Record<string, ClickTimes> = {};
  for (const [kind, { setup, clicks, ahead, withoutWorker }] of Object.entries(
    OTHER_FILTER_CLICKS,
  )) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    if (withoutWorker) await page.route('**/assets/snapshot-worker-*.js', (r) => r.abort());
    await page.goto(url);
    await page.mouse.move(200, 200);
    await page.waitForFunction(liveChartsReady);
    await installChecks(page);
    for (const selector of setup) {
      await page
        .locator(`[data-testid="filters"] ${selector}`)
        .evaluate((b: HTMLElement) => b.click());
      await page.waitForFunction(liveChartsReady);
    }
    const samples = await page.evaluate(timeFilterClicks, {
      selectors: [...clicks],
      rounds,
      waitForViewsAhead: ahead === true,
    });
    result[kind] = {
      paintMs: median(samples.paint),
      allMs: median(samples.all),
      liveMs: median(samples.live),
    };
    await page.close();
  }
  return {
    agency: result.agency ?? NO_TIMES,
    category: result.category ?? NO_TIMES,
    combinationAhead: result.combinationAhead ?? NO_TIMES,
    combination: result.combination ?? NO_TIMES,
    samples: rounds,
  };
}

/** A fresh phone-sized page with the CPU slowed 4x, as Lighthouse's mobile preset assumes. */
async function slowPhonePage(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}

/**
 * A cold phone page with the CPU slowed 4x (as Lighthouse's mobile preset): click a year right
 * after the load event; time to visible feedback (the button pressed), to the view on screen
 * (the figure count changed and every chart card on screen showing the year: at the top of a
 * phone's page none is), to the first chart and every chart showing the year (snapshot or
 * live, below the fold too), and to every live chart drawn.
 */
export async function measureFirstInteraction(browser: Browser, url: string) {
  const { context, page } = await slowPhonePage(browser);
  await page.goto(url, { waitUntil: 'load' });
  // Without a prerendered page (the baseline) nothing can be clicked before the app renders.
  await page.waitForSelector('[data-testid="filters"] button');
  await installChecks(page);
  const result = await page.evaluate(async () => {
    const button = [
      ...document.querySelectorAll<HTMLButtonElement>('[data-testid="filters"] button'),
    ].find((b) => b.textContent === '2023年');
    if (!button) return null;
    const count = document.querySelector('[data-testid="figure-count"]');
    const countBefore = count?.textContent;
    const t0 = performance.now();
    button.click();
    let feedback = NaN;
    let figures = NaN;
    let screen = NaN;
    let shown = NaN;
    const checks = window as unknown as Record<string, (onScreenOnly?: boolean) => boolean>;
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      if (Number.isNaN(feedback) && button.getAttribute('aria-pressed') === 'true') {
        feedback = performance.now() - t0;
      }
      if (Number.isNaN(figures) && count?.textContent !== countBefore) {
        figures = performance.now() - t0;
      }
      const inView = location.search.includes('year=2023');
      if (
        Number.isNaN(screen) &&
        inView &&
        !Number.isNaN(figures) &&
        checks.chartsShowView?.(true)
      ) {
        screen = performance.now() - t0;
      }
      if (Number.isNaN(shown) && inView && checks.chartsShowView?.()) {
        shown = performance.now() - t0;
      }
      if (inView && checks.liveChartsReady?.()) break;
      if (performance.now() - t0 > 20_000) {
        return {
          feedbackMs: feedback,
          figuresMs: figures,
          screenMs: screen,
          firstChartMs: NaN,
          shownMs: shown,
          doneMs: NaN,
          marks: {},
        };
      }
    }
    const marks = Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .map((m) => [m.name, Math.round(m.startTime - t0)] as const),
    );
    // A chart drawn: live, or the build's snapshot of the view.
    const chartsReady = [
      ...performance.getEntriesByName('chart:ready'),
      ...performance.getEntriesByName('chart:snapshot'),
    ]
      .map((m) => m.startTime - t0)
      .filter((t) => t > 0);
    return {
      feedbackMs: feedback,
      figuresMs: figures,
      screenMs: screen,
      firstChartMs: Math.min(...chartsReady),
      shownMs: shown,
      doneMs: performance.now() - t0,
      marks,
    };
  });
  await context.close();
  return (
    result ?? {
      feedbackMs: NaN,
      figuresMs: NaN,
      screenMs: NaN,
      firstChartMs: NaN,
      shownMs: NaN,
      doneMs: NaN,
      marks: {},
    }
  );
}

/**
 * The main thread of a cold phone page, CPU slowed 4x for real (Lighthouse only simulates it),
 * nobody touching it: long tasks from first contentful paint until `watchMs` after load, which
 * covers the app's start and ECharts arriving in idle time. Blocking time is the part of each
 * task over 50 ms, as in Lighthouse's TBT.
 */
export async function measureMainThreadBlocking(browser: Browser, url: string, watchMs = 9000) {
  const { context, page } = await slowPhonePage(browser);
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(watchMs);
  const result = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const tasks = (
      window as unknown as { longTasks: { start: number; duration: number }[] }
    ).longTasks.filter((t) => t.start >= fcp);
    return {
      count: tasks.length,
      longestMs: Math.max(0, ...tasks.map((t) => t.duration)),
      blockingMs: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    };
  });
  await context.close();
  return result;
}

/** PNG export of the first chart, from the app's own performance measure. */
export async function measurePngExport(browser: Browser, url: string, rounds = 5) {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  await page.goto(url);
  await page.mouse.move(200, 200);
  await page.waitForFunction(liveChartsReady);
  const button = page.locator('[data-chart="yoy"]').getByRole('button', { name: '下载 PNG' });
  for (let i = 0; i < rounds; i++) {
    const download = page.waitForEvent('download');
    await button.click();
    await (await download).path();
  }
  const durations = await page.evaluate(() =>
    performance.getEntriesByName('export-png').map((e) => e.duration),
  );
  await page.close();
  return { medianMs: median(durations), firstMs: durations[0] ?? NaN };
}

export interface BrowserScaleRow {
  records: number;
  loadMs: number;
  loadLongestTaskMs: number;
  paintMs: number;
  allMs: number;
  filterLongestTaskMs: number;
}

/**
 * Opens a generated file of `records` figures in the dashboard (desktop, no throttling): time
 * from choosing it to its figure count on screen, and the longest main-thread task meanwhile;
 * then year clicks (all years included, the heaviest view): median time to the next paint
 * and to every chart drawn, and the longest task.
 */
export async function measureScaleInBrowser(
  browser: Browser,
  url: string,
  file: string,
  records: number,
): Promise<BrowserScaleRow> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await page.mouse.move(200, 200);
  await page.waitForFunction(liveChartsReady);
  const observeLongTasks = () =>
    page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
  const takeLongest = () =>
    page.evaluate(() => {
      const seen = (window as unknown as { longTasks: number[] }).longTasks;
      return Math.max(0, ...seen.splice(0));
    });
  await observeLongTasks();
  const t0 = Date.now();
  await page.locator('input[type=file]').setInputFiles(file);
  await page.waitForFunction(
    (n) =>
      document.querySelector('[data-testid="figure-count"]')?.textContent?.includes(` ${n} `) ??
      false,
    records,
    { timeout: 120_000 },
  );
  const loadMs = Date.now() - t0;
  await page.waitForFunction(liveChartsReady);
  const loadLongestTaskMs = await takeLongest();
  await installChecks(page);
  const samples = await page.evaluate(timeFilterClicks, {
    selectors: ['[data-year="2023"]', '[data-year="all"]'],
    rounds: 10,
  });
  const filterLongestTaskMs = await takeLongest();
  await page.close();
  return {
    records,
    loadMs,
    loadLongestTaskMs,
    paintMs: median(samples.paint),
    allMs: median(samples.all),
    filterLongestTaskMs,
  };
}
