/** npm run data:clean — writes data/article.zh.txt from the raw repost in data/raw/. */
import { readFileSync, writeFileSync } from 'node:fs';
import { cleanArticle } from '../src/data/clean-article';

const RAW = 'data/raw/hubei-daily-2024-05-01-repost.txt';
const OUT = 'data/article.zh.txt';

const article = cleanArticle(readFileSync(RAW, 'utf8'));
writeFileSync(OUT, article.paragraphs.join('\n') + '\n');
console.log(
  `${OUT}: ${article.paragraphs.length} paragraphs\n` +
    JSON.stringify({ ...article, paragraphs: undefined }, null, 2),
);
