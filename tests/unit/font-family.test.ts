import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCAL_CJK_FAMILY, LOCAL_FONT_FACES, withLocalFontFaces } from '@/charts/local-font-faces';
import { FONT_FAMILY } from '@/charts/theme';

/** A CSS rule with its spacing dropped: the same rule whatever Prettier made of it. */
const compact = (rule: string) => rule.replace(/\s+/g, '').replace(/;}/g, '}');

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

describe('local font faces', () => {
  const css = readFileSync('src/index.css', 'utf8');

  it('are the same in index.css as in the snapshots (local-font-faces.ts)', () => {
    const cssFaces = css.match(/@font-face\s*\{[^}]*\}/g) ?? [];
    expect(cssFaces.map(compact)).toEqual(LOCAL_FONT_FACES.map(compact));
  });

  it('come before the system family they name, in every font stack', () => {
    for (const stack of Object.values(FONT_FAMILY)) {
      const families = stack.split(',').map((name) => name.trim());
      const local = families.indexOf(`'${LOCAL_CJK_FAMILY}'`);
      expect(local).toBeGreaterThan(-1);
      expect(families[local + 1]).toBe("'Noto Sans CJK SC'");
    }
  });

  it('name a regular, a medium and a bold face, each by its PostScript and its full name', () => {
    expect(LOCAL_FONT_FACES.join('\n')).toMatch(
      /local\('NotoSansCJKsc-Regular'\), local\('Noto Sans CJK SC'\); font-weight: 400/,
    );
    expect(LOCAL_FONT_FACES.join('\n')).toMatch(
      /local\('NotoSansCJKsc-Bold'\), local\('Noto Sans CJK SC Bold'\); font-weight: 700/,
    );
    // Medium where installed, else the regular face (as the system family gives for 500).
    expect(LOCAL_FONT_FACES.join('\n')).toMatch(
      /local\('NotoSansCJKsc-Medium'\), local\('Noto Sans CJK SC Medium'\), local\('NotoSansCJKsc-Regular'\); font-weight: 500/,
    );
  });

  it('go into a standalone SVG as its first child, the drawing unchanged', () => {
    const svg = '<svg width="10" height="10" xmlns="http://www.w3.org/2000/svg"><rect/></svg>';
    const styled = withLocalFontFaces(svg);
    expect(styled).toBe(
      `<svg width="10" height="10" xmlns="http://www.w3.org/2000/svg"><style>${LOCAL_FONT_FACES.join('')}</style><rect/></svg>`,
    );
    expect(() => withLocalFontFaces('<div></div>')).toThrow(/not an SVG/);
  });
});
