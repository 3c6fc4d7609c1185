/**
 * Runs after `vite build`: renders the default view (headline figures, filters, and every chart
 * as SVG) into dist/index.html, so a phone sees the charts at first paint; and every year's
 * charts as SVG snapshots (dist/assets/views-<hash>/), so a year click shows them at once.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';
import { SNAPSHOT_META_NAME } from '../src/snapshots/snapshot-file';

const INDEX = 'dist/index.html';
const ROOT = '<div id="root"></div>';
const HEAD_END = '</head>';

/**
 * Writes the snapshot files into a folder named by their content's hash, under assets/ (cached
 * for good): a page always reads the snapshots of its own build, never an older one's figures.
 * Returns the folder's URL path.
 */
function writeSnapshots(files: Record<string, string>): string {
  const hash = createHash('sha256');
  for (const [name, content] of Object.entries(files)) hash.update(name).update(content);
  const folder = `/assets/views-${hash.digest('hex').slice(0, 12)}/`;
  mkdirSync(`dist${folder}`, { recursive: true });
  let bytes = 0;
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(`dist${folder}${name}`, content);
    bytes += content.length;
  }
  const count = Object.keys(files).length;
  console.log(`prerender: ${count} snapshot files, ${(bytes / 1024).toFixed(0)} KB, in ${folder}`);
  return folder;
}

/** The one stylesheet goes inline: on a slow phone network a second request costs a round trip. */
function inlineStylesheet(page: string): string {
  const link = /<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"[^>]*>/.exec(page);
  if (!link?.[1]) throw new Error(`${INDEX} has no stylesheet link to inline`);
  const css = readFileSync(`dist${link[1]}`, 'utf8').replace(/<\/style/gi, '<\\/style');
  // Replacement functions, not strings: '$&' or '$$' in the CSS or HTML must stay as written.
  return page.replace(link[0], () => `<style>${css}</style>`);
}

const server = await createServer({
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const { renderPage, renderViewAt, prerenderedViewSearches } = (await server.ssrLoadModule(
    '/src/prerender/render-page.tsx',
  )) as {
    renderPage: () => string;
    renderViewAt: (search: string) => void;
    prerenderedViewSearches: () => string[];
  };
  const { recordFormats, takeRecordedFormats, FORMAT_SEED_ID } = (await server.ssrLoadModule(
    '/src/i18n/format-seed.ts',
  )) as {
    recordFormats: () => void;
    takeRecordedFormats: () => Record<string, Record<string, string>>;
    FORMAT_SEED_ID: string;
  };
  const { renderViewSnapshots } = (await server.ssrLoadModule(
    '/src/prerender/render-view-snapshots.ts',
  )) as { renderViewSnapshots: (part: 'years' | 'filters') => Record<string, string> };
  const html = renderPage();
  // The strings of every view a page can show without ECharts: the page's own (each language
  // and year) and its cards' in either layout (the snapshots build those).
  recordFormats();
  for (const search of prerenderedViewSearches()) renderViewAt(search);
  const yearSnapshots = renderViewSnapshots('years');
  const formats = takeRecordedFormats();
  // Not recorded: the seed serves the first view and year clicks; other views are formatted by Intl.
  const snapshotFolder = writeSnapshots({ ...yearSnapshots, ...renderViewSnapshots('filters') });
  // In a <template>, not a <script>: the page has no inline script at all (csp.spec.ts). JSON
  // escapes keep HTML's special characters out of the text.
  const seed = JSON.stringify(formats).replace(
    /[&<>]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const seedElement = `<template id="${FORMAT_SEED_ID}">${seed}</template>`;
  const page = readFileSync(INDEX, 'utf8');
  if (!page.includes(ROOT)) throw new Error(`${INDEX} has no ${ROOT} to fill`);
  if (!page.includes(HEAD_END)) throw new Error(`${INDEX} has no ${HEAD_END}`);
  const meta = `<meta name="${SNAPSHOT_META_NAME}" content="${snapshotFolder}" />`;
  writeFileSync(
    INDEX,
    inlineStylesheet(
      page
        .replace(ROOT, () => `<div id="root">${html}</div>\n    ${seedElement}`)
        .replace(HEAD_END, () => `${meta}\n  ${HEAD_END}`),
    ),
  );
  console.log(`prerender: ${INDEX} +${(html.length / 1024).toFixed(1)} KB of HTML`);
  console.log(
    `prerender: ${(seed.length / 1024).toFixed(1)} KB of formatted strings (format-seed.ts)`,
  );
} finally {
  await server.close();
}
