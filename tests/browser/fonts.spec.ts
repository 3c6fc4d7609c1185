import type { Page } from '@playwright/test';
import { parseSnapshotFile, snapshotFileName } from '@/snapshots/snapshot-file';
import { expect, test } from './fixtures';

/**
 * Chinese text is drawn from Noto Sans CJK named by local() (src/charts/local-font-faces.ts):
 * the system family by name costs the first layout a copy of each ~20 MB font file on Linux.
 * CI installs Noto Sans CJK (fonts-noto-cjk), so the faces are there to be found.
 */

interface PlatformFont {
  familyName: string;
  postScriptName: string;
  glyphCount: number;
}

/** The fonts Chromium drew the first element matching `selector` with (DevTools protocol). */
async function platformFonts(page: Page, selector: string): Promise<PlatformFont[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    expect(nodeId, `an element matches ${selector}`).toBeGreaterThan(0);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts as PlatformFont[];
  } finally {
    await cdp.detach();
  }
}

/** The font file's face that drew most of an element's glyphs. */
async function mainFace(page: Page, selector: string): Promise<string> {
  const fonts = await platformFonts(page, selector);
  return [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0]?.postScriptName ?? '';
}

/**
 * The document's local faces that have loaded. A local() face loads only when text is laid
 * out with it; the platform font under it is the same file (DevTools reports it as such), so
 * this is what tells the two ways apart.
 */
function loadedLocalFaces(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.fonts]
      .filter((face) => face.family.includes('Local Noto Sans CJK SC') && face.status === 'loaded')
      .map((face) => face.weight)
      .sort(),
  );
}

test('a Chinese page draws its text, bold and regular, and its prerendered charts from the local faces', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  // And 500 where medium-weight text is laid out (the regular face where Medium is missing).
  expect(await loadedLocalFaces(page)).toEqual(expect.arrayContaining(['400', '700']));
  // Real bold, not the regular face emboldened.
  expect(await mainFace(page, 'h1')).toBe('NotoSansCJKsc-Bold');
  expect(await mainFace(page, '[data-testid="figure-count"]')).toBe('NotoSansCJKsc-Regular');
  // A label of the prerendered chart (inline SVG, the phone's layout).
  expect(await mainFace(page, '[data-static-chart="yoy"] .sm\\:hidden text')).toBe(
    'NotoSansCJKsc-Regular',
  );
});

test('a snapshot, an SVG document of its own, names the local faces itself', async ({ page }) => {
  await page.goto('/');
  const folder = await page.locator('meta[name="view-snapshots"]').getAttribute('content');
  const response = await page.request.get(
    `${folder}${snapshotFileName({ locale: 'zh', theme: 'light', layout: 'compact' })}`,
  );
  const file = parseSnapshotFile(await response.json());
  const svg = file?.views['2023']?.['intercepts']?.svg;
  if (!svg) throw new Error('no 2023 snapshot of the intercepts chart');
  // Opened as a document (an image's fonts cannot be asked for): its own rules, no page's.
  await page.route('**/snapshot-under-test.svg', (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: svg }),
  );
  await page.goto('/snapshot-under-test.svg');
  expect(await loadedLocalFaces(page)).toContain('400');
  expect(await mainFace(page, 'text')).toBe('NotoSansCJKsc-Regular');
});
