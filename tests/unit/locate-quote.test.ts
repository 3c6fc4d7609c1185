import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleDataset } from '@/data/article-dataset';
import { locateQuote } from '@/data/locate-quote';

const article = readFileSync('data/article.zh.txt', 'utf8');
const paragraphs = article.split('\n');

describe('locateQuote on the article', () => {
  it.each(articleDataset.metrics.map((m) => [m.id, m.quote] as const))(
    '%s: splits its paragraph around the quote',
    (_id, quote) => {
      const found = locateQuote(article, quote);
      expect(found).not.toBeNull();
      if (!found) return;
      expect(found.quote).toBe(quote);
      expect(found.before + found.quote + found.after).toBe(paragraphs[found.paragraphIndex]);
      // The first paragraph that holds it.
      const first = paragraphs.findIndex((p) => p.includes(quote));
      expect(found.paragraphIndex).toBe(first);
      expect(found.before.length).toBe(paragraphs[first]?.indexOf(quote));
    },
  );

  it.each(articleDataset.events.map((e) => [e.id, e.quote] as const))(
    'event %s: found in the article',
    (_id, quote) => {
      const found = locateQuote(article, quote);
      expect(found?.quote).toBe(quote);
    },
  );
});

describe('locateQuote on hand-made text', () => {
  const text = ['第一段,甲乙丙。', '第二段:396.3亿元,又396.3亿元。', '第三段'].join('\n');

  it('gives the text before and after, and the paragraph number', () => {
    expect(locateQuote(text, '甲乙')).toEqual({
      before: '第一段,',
      quote: '甲乙',
      after: '丙。',
      paragraphIndex: 0,
    });
  });

  it('takes the first occurrence in a paragraph', () => {
    expect(locateQuote(text, '396.3亿元')).toEqual({
      before: '第二段:',
      quote: '396.3亿元',
      after: ',又396.3亿元。',
      paragraphIndex: 1,
    });
  });

  it('finds a whole paragraph, with nothing around it', () => {
    expect(locateQuote(text, '第三段')).toEqual({
      before: '',
      quote: '第三段',
      after: '',
      paragraphIndex: 2,
    });
  });

  it('returns null for a missing quote, an empty quote, or one that spans paragraphs', () => {
    expect(locateQuote(text, '不存在')).toBeNull();
    expect(locateQuote(text, '')).toBeNull();
    expect(locateQuote(text, '丙。\n第二段')).toBeNull();
    expect(locateQuote('', '甲')).toBeNull();
  });

  it('treats regular-expression characters literally', () => {
    expect(locateQuote('a (b) [c] .* $d', '[c] .*')?.before).toBe('a (b) ');
  });
});
