import { describe, expect, it } from 'vitest';
import { parseChineseNumber, signFromContext } from '@/data/parse-chinese-number';

describe('parseChineseNumber', () => {
  it.each([
    ['2万余', 20000, 'at-least'],
    ['3亿余', 300000000, 'at-least'],
    ['3000余', 3000, 'at-least'],
    ['396.3亿', 39630000000, 'exact'],
    ['396.3亿元', 39630000000, 'exact'],
    ['44.13万', 441300, 'exact'],
    ['32.81万', 328100, 'exact'],
    ['1263万', 12630000, 'exact'],
    ['6.9亿元', 690000000, 'exact'],
    ['16.33%', 16.33, 'exact'],
    ['0.13%', 0.13, 'exact'],
    ['7180', 7180, 'exact'],
    ['两', 2, 'exact'],
  ] as const)('reads %s as %d (%s)', (text, value, qualifier) => {
    expect(parseChineseNumber(text)).toEqual({ value, qualifier });
  });

  it('refuses what is not a number', () => {
    expect(() => parseChineseNumber('许某')).toThrow(/cannot read/);
    expect(() => parseChineseNumber('')).toThrow();
  });
});

describe('signFromContext', () => {
  it('makes a decline negative and a rise positive', () => {
    expect(signFromContext('湖北电诈发案同比下降5.82%', '5.82%')).toBe(-1);
    expect(signFromContext('同比分别上升16.33%', '16.33%')).toBe(1);
    expect(signFromContext('预警后群众被骗率降至0.13%', '0.13%')).toBe(1);
  });
});
