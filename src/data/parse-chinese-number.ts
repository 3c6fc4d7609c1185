import type { Qualifier } from './schema';

export interface ParsedChineseNumber {
  value: number;
  qualifier: Qualifier;
}

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
const NUMBER_TEXT = /^(\d+(?:\.\d+)?|[零一二两三四五六七八九十])([万亿]?)(余|多)?(%|元)?$/;

/**
 * Reads a figure as the article writes it: "2万余" is at least 20000, "396.3亿元" is
 * 39630000000, "16.33%" is 16.33 (percent points). Scaling is done on the decimal
 * string, not with floating-point multiplication, so 44.13万 is exactly 441300.
 */
export function parseChineseNumber(text: string): ParsedChineseNumber {
  const match = NUMBER_TEXT.exec(text.trim());
  if (!match) throw new Error(`parseChineseNumber: cannot read "${text}"`);
  const [, digits = '', multiplier = '', approx] = match;
  const base = CHINESE_DIGITS[digits] ?? Number(digits);
  const scale = MULTIPLIERS[multiplier] ?? 1;
  return {
    value: scaleExactly(base, digits, scale),
    qualifier: approx ? 'at-least' : 'exact',
  };
}

function scaleExactly(base: number, digits: string, scale: number): number {
  if (scale === 1) return base;
  const decimals = digits.split('.')[1]?.length ?? 0;
  const asInteger = Number(digits.replace('.', ''));
  return (asInteger * scale) / 10 ** decimals;
}

/** A change the article calls 下降 or 减少 is a decline, so its value is negative. */
export function signFromContext(quote: string, valueText: string): 1 | -1 {
  const before = quote.slice(0, quote.indexOf(valueText));
  const lastDecline = Math.max(before.lastIndexOf('下降'), before.lastIndexOf('减少'));
  const lastRise = Math.max(before.lastIndexOf('上升'), before.lastIndexOf('增长'));
  return lastDecline > lastRise ? -1 : 1;
}
