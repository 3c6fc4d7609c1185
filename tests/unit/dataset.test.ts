import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleDataset } from '@/data/article-dataset';
import { cleanArticle } from '@/data/clean-article';
import { parseDataset } from '@/data/load-dataset';
import { parseChineseNumber, signFromContext } from '@/data/parse-chinese-number';
import exclusions from '../../data/excluded-numbers.json';

const article = readFileSync('data/article.zh.txt', 'utf8');
const { metrics, events, agencies, source } = articleDataset;

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

describe('the dataset', () => {
  it('passes the schema', () => {
    const result = parseDataset(JSON.parse(JSON.stringify(articleDataset)));
    expect(result).toEqual({ ok: true, dataset: articleDataset });
  });

  it('has stable, unique ids', () => {
    const ids = metrics.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(33);
  });

  it('names the source as the repost gives it', () => {
    const repost = cleanArticle(readFileSync('data/raw/hubei-daily-2024-05-01-repost.txt', 'utf8'));
    expect(source.title).toBe(repost.title);
    expect(source.repost.url).toBe(repost.repostUrl);
    expect(source.repost.postedAt).toBe(repost.repostedAt);
    expect(source.originalUrl).toBe(repost.originalUrl);
    expect(article).toContain(`向${source.outlet.zh}全媒记者`);
  });
});

describe.each(metrics.map((m) => [m.id, m] as const))('figure %s', (_id, metric) => {
  it('quotes the article verbatim, once', () => {
    expect(occurrences(article, metric.quote)).toHaveLength(1);
  });

  it('says its number in its quote, and that number is its value', () => {
    expect(metric.quote).toContain(metric.valueText);
    const parsed = parseChineseNumber(metric.valueText);
    const sign = metric.kind === 'yoy-change' ? signFromContext(metric.quote, metric.valueText) : 1;
    expect(sign * parsed.value).toBe(metric.value);
    expect(parsed.qualifier).toBe(metric.qualifier);
  });

  it('names only known agencies', () => {
    const known = new Set(agencies.map((a) => a.id));
    expect(metric.agencies.filter((id) => !known.has(id))).toEqual([]);
  });
});

describe('timeline events', () => {
  it.each(events.map((e) => [e.id, e] as const))('%s quotes the article', (_id, event) => {
    expect(occurrences(article, event.quote)).toHaveLength(1);
  });
});

describe('coverage: every number in the article is a figure or excluded with a reason', () => {
  const covered = new Set<number>();
  const cover = (start: number, length: number) => {
    for (let i = start; i < start + length; i++) covered.add(i);
  };
  for (const metric of metrics) {
    const quoteAt = article.indexOf(metric.quote);
    cover(quoteAt + metric.quote.indexOf(metric.valueText), metric.valueText.length);
  }
  for (const { text } of exclusions) {
    for (const at of occurrences(article, text)) cover(at, text.length);
  }

  it('leaves no number unaccounted for', () => {
    const numbers = [...article.matchAll(/\d+(?:\.\d+)?/g)];
    const missing = numbers
      .filter((m) => [...m[0]].some((_, i) => !covered.has((m.index ?? 0) + i)))
      .map(
        (m) =>
          `${m[0]} in “${article.slice(Math.max(0, (m.index ?? 0) - 8), (m.index ?? 0) + 12)}”`,
      );
    expect(missing).toEqual([]);
  });

  it('gives a reason for every exclusion and uses each one', () => {
    for (const entry of exclusions) {
      expect(entry.reason.length).toBeGreaterThan(10);
      expect(article).toContain(entry.text);
    }
  });
});
