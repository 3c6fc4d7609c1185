import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILY } from '@/charts/theme';

/** The `--font-sans` declared in the block that starts with `selector` in index.css. */
function cssFontStack(css: string, selector: string): string {
  const block = css.slice(css.indexOf(`${selector} {`));
  const value = /--font-sans:\s*([^;]+);/.exec(block)?.[1];
  if (!value) throw new Error(`no --font-sans under ${selector}`);
  return value.replace(/\s+/g, ' ').trim();
}

describe('font stacks', () => {
  const css = readFileSync('src/index.css', 'utf8');

  it('are the same for the page (index.css) and the charts (theme.ts)', () => {
    expect(cssFontStack(css, '@theme')).toBe(FONT_FAMILY.en);
    expect(cssFontStack(css, 'html:lang(zh)')).toBe(FONT_FAMILY.zh);
  });

  it('name the Chinese fonts first on a Chinese page only', () => {
    expect(FONT_FAMILY.zh.split(',')[0]).toContain('PingFang SC');
    expect(FONT_FAMILY.en.split(',')[0]).toBe('system-ui');
  });
});
