/**
 * Runs after `vite build`: renders the default view (headline figures, filters, and every chart
 * as SVG) into dist/index.html, so a phone sees the charts at first paint.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';

const INDEX = 'dist/index.html';
const ROOT = '<div id="root"></div>';

/** The one stylesheet goes inline: on a slow phone network a second request costs a round trip. */
function inlineStylesheet(page: string): string {
  const link = /<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"[^>]*>/.exec(page);
  if (!link?.[1]) throw new Error(`${INDEX} has no stylesheet link to inline`);
  const css = readFileSync(`dist${link[1]}`, 'utf8').replace(/<\/style/gi, '<\\/style');
  return page.replace(link[0], `<style>${css}</style>`);
}

const server = await createServer({
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const { renderPage } = (await server.ssrLoadModule('/src/prerender/render-page.tsx')) as {
    renderPage: () => string;
  };
  const html = renderPage();
  const page = readFileSync(INDEX, 'utf8');
  if (!page.includes(ROOT)) throw new Error(`${INDEX} has no ${ROOT} to fill`);
  writeFileSync(INDEX, inlineStylesheet(page.replace(ROOT, `<div id="root">${html}</div>`)));
  console.log(`prerender: ${INDEX} +${(html.length / 1024).toFixed(1)} KB of HTML`);
} finally {
  await server.close();
}
