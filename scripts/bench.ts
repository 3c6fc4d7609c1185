/**
 * npm run bench — builds the dashboard and a baseline (all of ECharts, no prerender), serves
 * both gzipped, and prints: Lighthouse medians (mobile preset), bytes per chunk, filter /
 * first-interaction / export timings from Chromium, and selector/build times at 1k–100k figures.
 * Not part of npm test: it prints figures, it asserts nothing.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer } from 'vite';
import {
  CHROMIUM_ARGS,
  launchChromium,
  measureFilterChange,
  measureOtherFilterChanges,
  measureFirstInteraction,
  measureMainThreadBlocking,
  measurePngExport,
  measureScaleInBrowser,
} from './bench/browser-timings';
import type { ScaleRow } from './bench/measure-scale';
import { serveCompressed } from './serve-compressed';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MAIN_DIR = 'dist';
const BASELINE_DIR = '.tmp/dist-baseline';
const PORTS = { main: 4201, baseline: 4202 } as const;

function median(values: number[]): number {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function run(cmd: string, args: string[]): void {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
}

/** Asynchronous: the servers under test run in this process and must keep answering. */
async function lighthouse(url: string): Promise<LighthouseFigures> {
  const out = join(mkdtempSync(join(tmpdir(), 'lh-')), 'report.json');
  await promisify(execFile)(
    'node_modules/.bin/lighthouse',
    [
      url,
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
      '--output=json',
      `--output-path=${out}`,
    ],
    { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const audit = (id: string) => report.audits[id].numericValue as number;
  return {
    performance: report.categories.performance.score,
    accessibility: report.categories.accessibility.score,
    bestPractices: report.categories['best-practices'].score,
    seo: report.categories.seo.score,
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    speedIndexMs: audit('speed-index'),
  };
}

function chunkSizes(dir: string) {
  const assets = join(dir, 'assets');
  // Chunks, and the snapshots (views-<hash>/*.json: a reader fetches the years' file after first
  // paint, the filters' file when a view needs it).
  const files = readdirSync(assets, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(js|css)$|^views-[0-9a-f]+\/.+\.json$/.test(f),
  );
  const html = readFileSync(join(dir, 'index.html'));
  return [
    { file: 'index.html', raw: html.length, gzip: gzipSync(html, { level: 9 }).length },
    ...files.map((file) => {
      const content = readFileSync(join(assets, file));
      return {
        file,
        raw: statSync(join(assets, file)).size,
        gzip: gzipSync(content, { level: 9 }).length,
      };
    }),
  ].sort((a, b) => b.gzip - a.gzip);
}

/** JavaScript that runs before React can answer: the entry and what it imports before main. */
function firstPaintJs(dir: string): number {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? '');
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]+href="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  return [...scripts, ...preloads].reduce(
    (sum, src) => sum + gzipSync(readFileSync(join(dir, src)), { level: 9 }).length,
    0,
  );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a');
const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? '1.00' : '∞') : (a / b).toFixed(2));

const SCALE_SIZES = [1_000, 10_000, 100_000];

/** A module of this repository loaded through Vite (for `virtual:article-dataset`). */
async function withViteModule<T, R>(path: string, run: (mod: T) => R): Promise<R> {
  const server = await createServer({
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    return run((await server.ssrLoadModule(path)) as T);
  } finally {
    await server.close();
  }
}

/** The generated datasets as files, for the browser half of the scale test. */
const writeScaleFilesTo = (dir: string) =>
  withViteModule(
    '/scripts/bench/measure-scale.ts',
    (mod: { writeScaleFiles: (dir: string, sizes: number[]) => string[] }) =>
      mod.writeScaleFiles(dir, SCALE_SIZES),
  );

const measureScaleInNode = () =>
  withViteModule(
    '/scripts/bench/measure-scale.ts',
    (mod: { measureScale: (sizes: number[]) => ScaleRow[] }) => mod.measureScale(SCALE_SIZES),
  );

console.log('== building the dashboard and the baseline');
run('npm', ['run', 'build', '--silent']);
run('npx', [
  'vite',
  'build',
  '--mode',
  'baseline',
  '--outDir',
  BASELINE_DIR,
  '--emptyOutDir',
  '--logLevel',
  'error',
]);

const servers = [
  await serveCompressed(MAIN_DIR, PORTS.main),
  await serveCompressed(BASELINE_DIR, PORTS.baseline),
];
try {
  const urls = {
    main: `http://127.0.0.1:${PORTS.main}/`,
    baseline: `http://127.0.0.1:${PORTS.baseline}/`,
  };
  console.log(`== Lighthouse, mobile preset, ${RUNS} runs each (medians)`);
  const reports: Record<'main' | 'baseline', LighthouseFigures[]> = { main: [], baseline: [] };
  for (let i = 0; i < RUNS; i++) {
    reports.main.push(await lighthouse(urls.main));
    reports.baseline.push(await lighthouse(urls.baseline));
  }
  const med = (which: 'main' | 'baseline', key: keyof LighthouseFigures) =>
    median(reports[which].map((r) => r[key]));
  const rows: [string, keyof LighthouseFigures, string, (v: number) => string][] = [
    ['Performance', 'performance', '≥ 0.98', (v) => v.toFixed(2)],
    ['Accessibility', 'accessibility', '1.0', (v) => v.toFixed(2)],
    ['Best practices', 'bestPractices', '1.0', (v) => v.toFixed(2)],
    ['SEO', 'seo', '≥ 0.9', (v) => v.toFixed(2)],
    ['FCP', 'fcpMs', '', ms],
    ['LCP', 'lcpMs', '≤ 1200 ms', ms],
    ['TBT', 'tbtMs', '≤ 50 ms', ms],
    ['CLS', 'cls', '0', (v) => v.toFixed(3)],
    ['Speed index', 'speedIndexMs', '', ms],
  ];
  console.log('figure            target      dashboard   baseline    ratio');
  for (const [label, key, target, fmt] of rows) {
    const a = med('main', key);
    const b = med('baseline', key);
    console.log(
      `${label.padEnd(18)}${target.padEnd(12)}${fmt(a).padEnd(12)}${fmt(b).padEnd(12)}${ratio(a, b)}`,
    );
  }
  console.log(
    `runs (performance): dashboard ${reports.main.map((r) => r.performance).join(' ')} | baseline ${reports.baseline.map((r) => r.performance).join(' ')}`,
  );

  console.log('\n== bytes');
  for (const [name, dir] of [
    ['dashboard', MAIN_DIR],
    ['baseline', BASELINE_DIR],
  ] as const) {
    console.log(`${name}:`);
    for (const c of chunkSizes(dir))
      console.log(
        `  ${c.file.padEnd(40)}${kb(c.raw).padStart(10)} raw ${kb(c.gzip).padStart(10)} gzip`,
      );
  }
  const jsMain = firstPaintJs(MAIN_DIR);
  const jsBase = firstPaintJs(BASELINE_DIR);
  console.log(
    `JS referenced by index.html (entry + modulepreload), gzip: dashboard ${kb(jsMain)}, baseline ${kb(jsBase)}, ratio ${ratio(jsMain, jsBase)}`,
  );
  console.log(
    'JS before the first chart is visible: dashboard 0 KB (charts are SVG in the HTML); baseline: all of the above',
  );

  console.log('\n== Chromium timings');
  const browser = await launchChromium();
  try {
    for (const [name, url] of Object.entries(urls)) {
      const filter = await measureFilterChange(browser, url);
      const others = await measureOtherFilterChanges(browser, url);
      const firsts = [];
      // Seven: on this machine one cold click varies by ±150 ms.
      for (let i = 0; i < 7; i++) firsts.push(await measureFirstInteraction(browser, url));
      const png = await measurePngExport(browser, url);
      const blocking = [];
      for (let i = 0; i < 3; i++) blocking.push(await measureMainThreadBlocking(browser, url));
      console.log(`${name}:`);
      console.log(
        `  filter change (year, median of ${filter.samples}), top of page: next paint ${ms(filter.top.paintMs)}, all charts show the year ${ms(filter.top.allMs)}, live charts caught up ${ms(filter.top.liveMs)}; ` +
          `first row of charts on screen: next paint ${ms(filter.charts.paintMs)}, all charts show the year ${ms(filter.charts.allMs)}, live charts caught up ${ms(filter.charts.liveMs)}; ` +
          `instances kept: ${filter.instancesKept}   target ≤ 50 ms (all charts)`,
      );
      for (const kind of ['agency', 'category'] as const) {
        const t = others[kind];
        console.log(
          `  filter change (${kind}, pressed and released, median of ${others.samples}), top of page: next paint ${ms(t.paintMs)}, ` +
            `all charts show the view ${ms(t.allMs)}, live charts caught up ${ms(t.liveMs)}   target ≤ 50 ms (all charts)`,
        );
      }
      const ahead = others.combinationAhead;
      console.log(
        `  filter change to a combination (a category pressed and released with 2023 and an agency chosen, each click once the views a click away are drawn ahead, median of ${others.samples}): ` +
          `next paint ${ms(ahead.paintMs)}, all charts show the view ${ms(ahead.allMs)}, live charts caught up ${ms(ahead.liveMs)}   target ≤ 50 ms (all charts)`,
      );
      const combo = others.combination;
      console.log(
        `  the same with no snapshot (the worker's script refused: ECharts draws every view, median of ${others.samples}): ` +
          `next paint ${ms(combo.paintMs)}, all charts show the view ${ms(combo.allMs)}, live charts caught up ${ms(combo.liveMs)}`,
      );
      console.log(
        `  first interaction, cold, CPU 4x (median of 7): button pressed ${ms(median(firsts.map((f) => f.feedbackMs)))}, ` +
          `headline figures and count updated ${ms(median(firsts.map((f) => f.figuresMs)))}, ` +
          `the view on screen (those and every chart on screen: none at the top of a phone) ${ms(median(firsts.map((f) => f.screenMs)))}, ` +
          `first chart drawn ${ms(median(firsts.map((f) => f.firstChartMs)))}, ` +
          `all charts show the year (below the fold too) ${ms(median(firsts.map((f) => f.shownMs)))}, ` +
          `all live charts drawn ${ms(median(firsts.map((f) => f.doneMs)))}   target ≤ 600 ms (the view on screen)`,
      );
      console.log(
        `    marks, ms from the click (first run): ${JSON.stringify(firsts[0]?.marks ?? {})}`,
      );
      console.log(
        `  cold page, CPU 4x, untouched for 9 s after load (median of 3): ${median(blocking.map((b) => b.count))} long tasks, ` +
          `longest ${ms(median(blocking.map((b) => b.longestMs)))}, blocking time ${ms(median(blocking.map((b) => b.blockingMs)))}`,
      );
      console.log(
        `  PNG export (median of 5): ${ms(png.medianMs)}, first ${ms(png.firstMs)}   target ≤ 300 ms`,
      );
    }
  } finally {
    await browser.close();
  }

  console.log('\n== scale: one filter change (selectors) and all chart options (builders), median');
  const scale = await measureScaleInNode();
  for (const row of scale) {
    console.log(
      `  ${String(row.records).padStart(7)} figures: selectors ${row.selectMs.toFixed(2)} ms, chart options ${row.buildMs.toFixed(2)} ms`,
    );
  }
  const [small, , large] = scale;
  if (small && large) {
    const growth = large.records / small.records;
    console.log(
      `  growth ×${growth}: selectors ×${(large.selectMs / small.selectMs).toFixed(1)}, options ×${(large.buildMs / small.buildMs).toFixed(1)} (linear would be ×${growth})`,
    );
  }

  console.log(
    '\n== scale in the browser: a generated file opened in the dashboard, then year clicks (2023 / all years), desktop, medians',
  );
  const files = await writeScaleFilesTo(mkdtempSync(join(tmpdir(), 'bench-scale-')));
  const scaleBrowser = await launchChromium();
  try {
    for (const [i, file] of files.entries()) {
      const records = SCALE_SIZES[i] ?? 0;
      const r = await measureScaleInBrowser(scaleBrowser, urls.main, file, records);
      const mb = (statSync(file).size / 1024 / 1024).toFixed(1);
      console.log(
        `  ${String(records).padStart(7)} figures (${mb} MB): opened in ${ms(r.loadMs)}, longest task ${ms(r.loadLongestTaskMs)}; ` +
          `filter: next paint ${ms(r.paintMs)}, all charts ${ms(r.allMs)}, longest task ${ms(r.filterLongestTaskMs)}`,
      );
    }
  } finally {
    await scaleBrowser.close();
  }
} finally {
  for (const s of servers) s.close();
}
