/**
 * Extracts the Hubei Daily article from its Discuz forum repost.
 *
 * Discuz's "jammer" (source/function/function_discuzcode.php) glues a random
 * string to the start or the end of each line of a post: 5 to 14 pairs of
 * `chr(32..59) + ' ' + chr(63..126)`. Matching that exact shape, rather than
 * "any ASCII", is what lets `m0 b4月7日` lose `m0 b` but keep `4月7日`: the `4`
 * cannot start a pair because no space follows it.
 *
 * Copies of such pages are not byte-exact: runs of spaces come back as no-break
 * spaces, a pair whose first character was a space may collapse to one space,
 * and a line may lose the end of its last pair. The pattern allows for these.
 */
const SPACE = '[ \\u00a0]';
const JAMMER_PAIR = `(?:[\\x21-\\x3b]${SPACE}|${SPACE}{1,2})[\\x3f-\\x7e]`;
const JAMMER_AT_START = new RegExp(`^(?:${JAMMER_PAIR}){4,15}`);
const JAMMER_AT_END = new RegExp(`(?:${JAMMER_PAIR}){4,15}(?:[\\x21-\\x3b]${SPACE}?)?$`);

export function stripJammer(line: string): string {
  return line.replace(/\r$/, '').replace(JAMMER_AT_START, '').replace(JAMMER_AT_END, '');
}

export interface RepostMetadata {
  title: string;
  repostedAt: string;
  repostUrl: string | null;
  originalUrl: string | null;
}

export interface CleanedArticle extends RepostMetadata {
  paragraphs: string[];
}

const POST_HEADER = /^发表于 (\d{4})-(\d{1,2})-(\d{1,2}) (\d{2}:\d{2}:\d{2})/;
const COPY_LINK = '[复制链接]';

function pad2(n: string): string {
  return n.padStart(2, '0');
}

/** The article body runs from the first post header to the forum's own permalink. */
export function cleanArticle(raw: string): CleanedArticle {
  const lines = raw.split('\n').map((l) => l.replace(/\r$/, ''));
  const copyLinkAt = lines.findIndex((l) => l.trim() === COPY_LINK);
  const title = lines
    .slice(0, copyLinkAt)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .at(-1);
  const headerAt = lines.findIndex((l) => POST_HEADER.test(l));
  if (copyLinkAt < 0 || !title || headerAt < 0) {
    throw new Error('cleanArticle: not a Discuz post (no title, [复制链接] or 发表于 header)');
  }
  const [, y, m, d, time] = POST_HEADER.exec(lines[headerAt] ?? '') ?? [];
  const repostedAt = `${y}-${pad2(m ?? '')}-${pad2(d ?? '')}T${time}+08:00`;

  const permalinkAt = lines.findIndex((l, i) => i > headerAt && /^https?:\/\/\S+$/.test(l.trim()));
  const bodyEnd = permalinkAt < 0 ? lines.length : permalinkAt;
  const paragraphs = lines
    .slice(headerAt + 1, bodyEnd)
    .map(stripJammer)
    .filter((l) => l.length > 0);

  const originalMatch = /原文链接[:：]\s*(https?:\/\/\S+)/.exec(raw);
  return {
    title,
    repostedAt,
    repostUrl: permalinkAt < 0 ? null : (lines[permalinkAt] ?? '').trim(),
    originalUrl: originalMatch?.[1] ?? null,
    paragraphs,
  };
}
