import { describe, expect, it } from 'vitest';
import { FONT_FAMILY } from '@/charts/theme';
import { hoistFontFamily } from '@/charts/hoist-font-family';

const family = FONT_FAMILY.zh;

describe('hoistFontFamily', () => {
  it('names the chart’s family once, on the root, instead of on each text', () => {
    const svg =
      `<svg width="10" height="10" xmlns="http://www.w3.org/2000/svg">` +
      `<text style="font-size:12px;font-family:${family};" y="1">同比</text>` +
      `<text style="font-size:11px;font-family:${family};" y="2">2023年</text></svg>`;
    expect(hoistFontFamily(svg, family)).toBe(
      `<svg style="font-family:${family}" width="10" height="10" xmlns="http://www.w3.org/2000/svg">` +
        `<text style="font-size:12px;" y="1">同比</text>` +
        `<text style="font-size:11px;" y="2">2023年</text></svg>`,
    );
  });

  it('leaves a text with another family, and an SVG without the family, as they are', () => {
    const other = `<svg width="1"><text style="font-family:serif;">x</text></svg>`;
    expect(hoistFontFamily(other, family)).toBe(other);
    const mixed = `<svg width="1"><text style="font-family:${family};">a</text><text style="font-family:serif;">b</text></svg>`;
    expect(hoistFontFamily(mixed, family)).toBe(
      `<svg style="font-family:${family}" width="1"><text style="">a</text><text style="font-family:serif;">b</text></svg>`,
    );
  });
});
