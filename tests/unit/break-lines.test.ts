import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barLayout, rowHeightFor } from '@/charts/build-bar-chart-option';
import { breakLines } from '@/charts/break-lines';
import { CHART_SPECS } from '@/charts/chart-specs';
import { rowLabel } from '@/charts/describe';
import { echarts } from '@/charts/echarts-setup';
import { textWidth } from '@/charts/text-width';
import { CHART_THEMES } from '@/charts/theme';
import { articleDataset } from '@/data/article-dataset';
import { LOCALES } from '@/i18n/locale';

/** The entities zrender writes in SVG text. */
const decodeEntities = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');

const CLOSERS = '）)]》」』】”’，,。.、：:；;！!？?％%·…～';
const OPENERS = '（([《「『【“‘¥';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('breakLines', () => {
  it('never leaves a closing bracket or quote alone at the start of a line', () => {
    // ECharts' own break gave "未注明时段（至发稿" over "）" on a phone.
    expect(breakLines('未注明时段（至发稿）', 104, 11)).toEqual(['未注明时段', '（至发稿）']);
    expect(breakLines('电话号码纳入“黑名单”', 104, 11)).toEqual(['电话号码纳入', '“黑名单”']);
    // No phrase to keep whole: the character before the closer goes down with it.
    expect(breakLines('一二三四五六七八九。', 9 * 12, 12)).toEqual(['一二三四五六七八', '九。']);
  });

  it('never ends a line with an opening bracket or quote', () => {
    // 9 em fit: "一二三四五六七八（" would end with the bracket.
    expect(breakLines('一二三四五六七八（九十）', 9 * 12, 12)).toEqual([
      '一二三四五六七八',
      '（九十）',
    ]);
  });

  it('keeps numbers whole, with their counters', () => {
    // zrender breaks after a comma: "¥70," / "000".
    const en =
      'Feb 28, 2024  A 9-year-old girl in Xiangyang spots a scam and saves her grandmother ¥70,000';
    for (const width of [180, 200, 220, 240, 260]) {
      const lines = breakLines(en, width, 12);
      expect(
        lines.some((l) => l.includes('¥70,000')),
        `${width}: ${lines.join('|')}`,
      ).toBe(true);
    }
    const zh = breakLines('2024年2月28日  襄阳9岁女孩识破电诈，帮奶奶保住7万元', 100, 12);
    expect(zh.some((l) => l.includes('7万元'))).toBe(true);
    expect(zh.some((l) => l.includes('9岁'))).toBe(true);
  });

  it('breaks English between words and drops the space at the break', () => {
    expect(breakLines('Not stated (to publication)', 104, 11)).toEqual([
      'Not stated',
      '(to publication)',
    ]);
    expect(breakLines('Arrests in Hubei, year on year', 110, 12)).toEqual([
      'Arrests in Hubei,',
      'year on year',
    ]);
  });

  it('keeps the lines a label already has', () => {
    expect(breakLines('拦截诈骗电话\n2023年', 200, 12)).toEqual(['拦截诈骗电话', '2023年']);
  });

  it('cuts a unit wider than a line rather than letting it overflow', () => {
    const lines = breakLines('https://example.org/a-very-long-path-indeed', 60, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(60 + 1e-6);
  });

  const cjk = fc.string({
    unit: fc.constantFrom(
      ...'电诈发案拦截预警资金',
      ...CLOSERS.slice(0, 6),
      ...OPENERS.slice(0, 4),
    ),
    maxLength: 60,
  });
  const mixed = fc.string({
    unit: fc.constantFrom(...'ab ,.-(年月)“”国2023¥Ww', 'é'),
    maxLength: 80,
  });

  it('loses no character but the spaces at breaks', () => {
    // The lines, in order, with only spaces (or the text's own line breaks) between them.
    const reassembles = (text: string, lines: string[]) =>
      new RegExp(`^ *${lines.map(escapeRegExp).join('[ \\n]*')}[ \\n]*$`, 'u').test(text);
    expect(reassembles('and so on …', breakLines('and so on …', 70, 12))).toBe(true);
    fc.assert(
      fc.property(fc.oneof(cjk, mixed), fc.integer({ min: 8, max: 300 }), (text, width) => {
        const lines = breakLines(text, width, 12);
        expect(reassembles(text, lines), JSON.stringify(lines)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a space inside a line when the word before it moves down with a closer', () => {
    // 'on' moves down with '…' (which may not start a line): the space between them stays.
    expect(breakLines('and so on …', 70, 12)).toEqual(['and so', 'on …']);
  });

  it('moves an amount down like any word, not as a bracketed phrase', () => {
    expect(breakLines('罚款¥70,000及其他处罚情况', 100, 12)).toEqual([
      '罚款¥70,000及',
      '其他处罚情况',
    ]);
  });

  it('keeps the width where no break can keep the rules', () => {
    // "][" is one unit (ASCII is never split): it may neither start nor end a line, so every
    // break of this text breaks a rule (found by the property below).
    const lines = breakLines('（电」][《电', 60, 12);
    expect(lines.join('')).toBe('（电」][《电');
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(60);
  });

  it('drops only the spaces at a break, not other white space', () => {
    expect(breakLines('\u3000', 100, 12)).toEqual(['\u3000']);
  });

  it('fits every line of Chinese text in the width, with no closer first and no opener last', () => {
    // Rules that can be kept: no more than two brackets or quotes in a row ("）”", "“《"), and
    // no run of ASCII (a word or number: never split) that starts with a closer and ends with
    // an opener ("]["), which can neither start nor end a line.
    const keepable = (text: string) => {
      const chars = [...text];
      const bracketRun = chars.some((_, k) =>
        [CLOSERS, OPENERS].some(
          (set) => chars.slice(k, k + 3).every((ch) => set.includes(ch)) && k + 3 <= chars.length,
        ),
      );
      const stuckWord = (text.match(/[\x21-\x7e]+/g) ?? []).some(
        (word) => CLOSERS.includes(word[0] ?? '') && OPENERS.includes(word[word.length - 1] ?? ''),
      );
      return !bracketRun && !stuckWord;
    };
    fc.assert(
      fc.property(cjk, fc.integer({ min: 5, max: 20 }), (text, ems) => {
        const lines = breakLines(text, ems * 12, 12);
        lines.forEach((line, i) => {
          expect(textWidth(line, 12)).toBeLessThanOrEqual(ems * 12 + 1e-6);
          if (!keepable(text)) return;
          if (i > 0) expect(CLOSERS).not.toContain(line[0]);
          if (i < lines.length - 1) expect(OPENERS).not.toContain(line[line.length - 1]);
        });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('row labels', () => {
  const ctxOf = (locale: 'zh' | 'en', compact: boolean) => ({
    locale,
    theme: CHART_THEMES.light,
    year: 'all' as const,
    compact,
    agencies: articleDataset.agencies,
  });

  it('give rows the height of their broken labels', () => {
    const ctx = ctxOf('en', true);
    const { labelWidth, fontSize } = barLayout(ctx);
    const rows = articleDataset.metrics.slice(0, 5);
    const lines = Math.max(
      ...rows.map(
        (m) =>
          breakLines(rowLabel(m, rows, 'en', 'all', ctx.agencies), labelWidth, fontSize).length,
      ),
    );
    expect(rowHeightFor(rows, ctx)).toBe(Math.max(36, lines * (fontSize + 4) + 14));
  });

  it.each(LOCALES.flatMap((locale) => [true, false].map((compact) => [locale, compact] as const)))(
    'are drawn by ECharts with exactly the breaks made for them (%s, compact %s)',
    (locale, compact) => {
      const ctx = ctxOf(locale, compact);
      const spec = CHART_SPECS.find((s) => s.id === 'categories');
      if (spec?.kind !== 'metrics') throw new Error('no categories chart');
      const metrics = spec.select([...articleDataset.metrics]);
      const option = spec.build(metrics, ctx, spec.title[locale]);
      const chart = echarts.init(null, null, {
        renderer: 'svg',
        ssr: true,
        width: 346,
        height: 2000,
      });
      try {
        chart.setOption(option);
        const svg = chart.renderToSVGString();
        const drawnTexts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
          decodeEntities(m[1] ?? ''),
        );
        const { labelWidth, fontSize } = barLayout(ctx);
        for (const m of metrics) {
          const label = rowLabel(m, metrics, locale, 'all', ctx.agencies);
          const lines = breakLines(label, labelWidth, fontSize);
          for (const line of lines) expect(drawnTexts, label).toContain(line);
        }
      } finally {
        chart.dispose();
      }
    },
  );
});
