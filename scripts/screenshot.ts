/** npm run screenshot -- [query] : screenshots of the built app at 1280 and 375 px into .tmp/. */
import { preview } from 'vite';
import { launchChromium } from './bench/browser-timings';

const query = process.argv[2] ?? '';
const port = 4191;
const server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' } });
try {
  const browser = await launchChromium();
  for (const [name, width] of [
    ['desktop', 1280],
    ['phone', 375],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('console', (m) => console.log(`[${name}] console.${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => console.log(`[${name}] pageerror: ${e.message}`));
    await page.goto(`http://127.0.0.1:${port}/${query}`);
    await page.waitForSelector('[data-chart] svg', { timeout: 5000 }).catch(() => {});
    // A touch starts the live charts (until then the prerendered ones show): picture those.
    await page.mouse.move(1, 1);
    await page
      .waitForFunction(
        () =>
          !document.querySelector('[data-testid="chart-loading"]') &&
          [...document.querySelectorAll('[data-static-chart]')].every(
            (el) => el.getBoundingClientRect().height === 0,
          ),
        null,
        { timeout: 5000 },
      )
      .catch(() => console.log(`[${name}] live charts did not replace the prerendered ones`));
    // Cards off screen are laid out only near the viewport (content-visibility), which a
    // full-page picture never is: lay them all out for the picture.
    await page.addStyleTag({ content: '[data-chart] { content-visibility: visible !important }' });
    await page.waitForTimeout(500);
    const file = `.tmp/shot-${name}${query.replace(/[^a-z0-9]+/gi, '_')}.png`;
    await page.screenshot({ path: file, fullPage: true });
    if (process.env.CARDS) {
      for (const card of await page.locator('[data-chart]').all()) {
        const id = await card.getAttribute('data-chart');
        await card.screenshot({ path: `.tmp/card-${name}-${id}.png` });
      }
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    console.log(file, 'horizontal overflow px:', overflow);
  }
  await browser.close();
} finally {
  await server.close();
}
