import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle, stripJammer } from '@/data/clean-article';

const raw = readFileSync('data/raw/hubei-daily-2024-05-01-repost.txt', 'utf8');
const committed = readFileSync('data/article.zh.txt', 'utf8');
const article = cleanArticle(raw);

describe('stripJammer', () => {
  it('drops a jammer glued to the end of a line', () => {
    expect(stripJammer('一体推进。 S8 _  b! `(')).toBe('一体推进。');
    expect(stripJammer('全链条打击治理电信网络诈骗犯罪。/ ^: V! }0 A9 i( a. @: a" K- j')).toBe(
      '全链条打击治理电信网络诈骗犯罪。',
    );
  });

  it('keeps a digit that starts the article text after a jammer', () => {
    expect(stripJammer("( J\u00a0\u00a0m; ]7 n3 a' m0 b4月7日,宜昌市公安局")).toBe(
      '4月7日,宜昌市公安局',
    );
    expect(stripJammer('* T0 _( p4 C$ U2023年,湖北公安机关')).toBe('2023年,湖北公安机关');
  });

  it('strips both ends of a line that has two jammers', () => {
    expect(stripJammer('6 a( f1 Z4 y3 ^& Z一体作战“剥茧”除诈\u00a0\u00a0d( w- ?/ j7 E')).toBe(
      '一体作战“剥茧”除诈',
    );
  });

  it('leaves the Latin text and numbers of the article alone', () => {
    const line = '省委网信办关闭、封堵网站平台3778家、下架App7180个。';
    expect(stripJammer(line)).toBe(line);
    expect(stripJammer('同比分别上升16.33%、108.38%、46.43%。')).toBe(
      '同比分别上升16.33%、108.38%、46.43%。',
    );
  });
});

describe('cleanArticle on the forum repost', () => {
  it('reads the title and the repost metadata', () => {
    expect(article.title).toBe('湖北多维发力遏制电诈高发态势');
    expect(article.repostedAt).toBe('2024-05-01T08:00:45+08:00');
    expect(article.repostUrl).toBe('http://www.simu001.cn/x289036x1x1.html');
    expect(article.originalUrl).toBe('https://www.huaqiwangan.com/mrqb/759.html');
  });

  it('keeps the article from its first to its last paragraph, and nothing of the forum', () => {
    expect(article.paragraphs[0]).toMatch(/^4月2日,湖北召开/);
    expect(article.paragraphs.at(-1)).toMatch(/两个县市均“摘帽”。$/);
    const text = article.paragraphs.join('\n');
    for (const forumText of ['找回密码', '复制链接', '发表于', '回复', 'simu001', 'Powered by']) {
      expect(text).not.toContain(forumText);
    }
  });

  it('leaves no stray ASCII token: only numbers, punctuation and the word App', () => {
    const asciiRuns = article.paragraphs.join('\n').match(/[\x21-\x7e\u00a0 ]+/g) ?? [];
    const stray = asciiRuns.filter((run) => !/^(?:\d+(?:\.\d+)?%?|App\d+|[,;()+])+$/.test(run));
    expect(stray).toEqual([]);
  });

  it('has one paragraph per line, each line fixed in the committed file', () => {
    expect(committed).toBe(article.paragraphs.join('\n') + '\n');
    expect(article.paragraphs).toHaveLength(27);
  });
});
