import { describe, expect, it } from 'vitest';
import { describeValue, truncate } from '@/data/describe-value';
import { jsonDepthExceeds } from '@/data/json-depth';

describe('describeValue: what a message says the file had', () => {
  it('quotes text and cuts it at 40 characters, never inside a character', () => {
    expect(describeValue('2万余')).toBe('"2万余"');
    expect(describeValue('')).toBe('an empty text');
    const emoji = '😀'.repeat(50);
    expect(describeValue(emoji)).toBe(`"${'😀'.repeat(40)}…"`);
    expect(truncate('x'.repeat(1_000_000)).length).toBe(41);
  });

  it('names numbers as JavaScript writes them, and containers by size only', () => {
    expect([Number.NaN, Number.POSITIVE_INFINITY, -0, 1e21].map(describeValue)).toEqual([
      'NaN',
      'Infinity',
      '0',
      '1e+21',
    ]);
    expect(describeValue([1])).toBe('a list of 1 item');
    let deep: unknown[] = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(describeValue(deep)).toBe('a list of 1 item');
    expect(describeValue({ a: 1 })).toBe('an object');
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(true)).toBe('true');
  });
});

describe('jsonDepthExceeds', () => {
  it('counts brackets outside strings only, escaped quotes included', () => {
    expect(jsonDepthExceeds('[[[]]]', 3)).toBe(false);
    expect(jsonDepthExceeds('[[[[]]]]', 3)).toBe(true);
    expect(jsonDepthExceeds(JSON.stringify({ a: '[[[[[["\\' }), 2)).toBe(false);
    expect(jsonDepthExceeds(JSON.stringify([['"]]]]'], [[[1]]]]), 3)).toBe(true);
  });
});
