import { textWidth } from './text-width';

/**
 * Line breaks for the charts' own labels (row titles, timeline events), made before ECharts
 * sees them. ECharts' `overflow: 'break'` wraps anywhere in Chinese text and after any comma
 * in Latin text, so a phone could show "未注明时段（至发稿" over a lone "）", or split
 * "¥70,000" after its comma. These breaks follow the basic rules of Chinese typesetting
 * (no closing bracket, quote or punctuation at the start of a line, no opening one at its end)
 * and keep numbers and words whole. Widths come from the same estimate as everything else
 * (text-width.ts), so the build and the browser break alike.
 */

// Characters a line may not start with: closing brackets and quotes, and punctuation that
// belongs to what precedes it.
const NO_LINE_START = new Set([...'）)]｝}〕〉》」』】”’，,。.、：:；;！!？?％%·…～']);
// Characters a line may not end with: opening brackets and quotes, currency signs.
const NO_LINE_END = new Set([...'（([｛{〔〈《「『【“‘¥￥$']);
// Those that open a phrase (not a currency sign, which opens an amount).
const PHRASE_OPENERS = new Set([...'（([｛{〔〈《「『【“‘']);

// Only the spaces dropped at a break: other white space (U+3000, no-break) is text.
const withoutTrailingSpaces = (line: string): string => line.replace(/ +$/, '');

// Widths are sums of per-character estimates: equal ones must not differ by rounding.
const EPSILON = 1e-6;

// How far back a break may move to keep an opening bracket with its phrase, in units.
const PHRASE_UNITS = 5;

// Counters and units a number keeps on its line ("7万元", "9岁", "28日").
const NUMBER_SUFFIX = new Set([...'年月日时万亿元岁个条起名余次家人户倍号期']);

/**
 * A run of Latin letters, digits and the signs inside numbers and words ("¥70,000",
 * "2024-05-01", "publication)"), with the counters after a number, is one unit; every other
 * character (Chinese, full-width punctuation) is a unit of its own; spaces separate units and
 * are dropped at a break.
 */
function isWordChar(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (code > 0x20 && code < 0x7f) || (code >= 0xa1 && code <= 0x24f);
}

function units(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    if (isWordChar(ch) || (NUMBER_SUFFIX.has(ch) && /[\d万亿]$/.test(word))) {
      word += ch;
      continue;
    }
    if (word) out.push(word);
    word = '';
    out.push(ch);
  }
  if (word) out.push(word);
  return out;
}

const firstChar = (unit: string): string => [...unit][0] ?? '';
const lastChar = (unit: string): string => [...unit].pop() ?? '';

/** A unit wider than a whole line, cut into pieces that fit (a long URL, say). */
function splitWide(unit: string, lineWidth: number, fontSize: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of unit) {
    if (piece && textWidth(piece + ch, fontSize) > lineWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

function breakParagraph(text: string, lineWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  // The line's width, kept as units come and go (measuring the whole line for each unit
  // would be quadratic, and labels are broken at every render).
  let width = 0;
  const fits = (extra: string) => width + textWidth(extra, fontSize) <= lineWidth + EPSILON;
  // Starts a line with `unit`, cutting it if even a line of its own is too narrow.
  const startLine = (carried: string[], unit: string) => {
    if (carried.length === 0 && textWidth(unit, fontSize) > lineWidth && unit.length > 1) {
      const pieces = splitWide(unit, lineWidth, fontSize);
      lines.push(...pieces.slice(0, -1));
      line = [pieces[pieces.length - 1] ?? ''];
    } else {
      line = [...carried, unit];
    }
    width = textWidth(line.join(''), fontSize);
  };
  for (const unit of units(text)) {
    if (unit === ' ') {
      if (line.length > 0) {
        line.push(unit);
        width += textWidth(unit, fontSize);
      }
    } else if (line.length === 0) {
      startLine([], unit);
    } else if (fits(unit)) {
      line.push(unit);
      width += textWidth(unit, fontSize);
    } else {
      // Break before `unit`; what may not start or end a line moves down with it.
      const carried: string[] = [];
      const nextStart = () => firstChar(carried[0] ?? unit);
      // A short bracketed or quoted phrase moves down whole: "未注明时段" over "（至发稿）".
      const opener = line.findLastIndex((u, i) => i > 0 && PHRASE_OPENERS.has(firstChar(u)));
      if (
        opener > 0 &&
        line.length - opener <= PHRASE_UNITS &&
        !NO_LINE_END.has(lastChar(line[opener - 1] ?? '')) &&
        textWidth(line.slice(opener).join('') + unit, fontSize) <= lineWidth + EPSILON
      ) {
        carried.push(...line.splice(opener));
      }
      // A space is dropped at the break, but kept when the unit before it moves down too.
      let space = false;
      while (line.length > 1) {
        const last = line[line.length - 1] ?? '';
        if (last === ' ') {
          line.pop();
          space = true;
        } else if (
          (NO_LINE_START.has(nextStart()) || NO_LINE_END.has(lastChar(last))) &&
          // A run of brackets longer than a line cannot follow the rules: keep the width.
          textWidth(last + (space ? ' ' : '') + carried.join('') + unit, fontSize) <=
            lineWidth + EPSILON
        ) {
          if (space) carried.unshift(' ');
          carried.unshift(last);
          line.pop();
          space = false;
        } else break;
      }
      lines.push(withoutTrailingSpaces(line.join('')));
      startLine(carried, unit);
    }
  }
  lines.push(withoutTrailingSpaces(line.join('')));
  return lines;
}

/** `text` broken into lines at most `lineWidth` wide (a unit wider than that has a line of its own). */
export function breakLines(text: string, lineWidth: number, fontSize: number): string[] {
  return text.split('\n').flatMap((paragraph) => breakParagraph(paragraph, lineWidth, fontSize));
}
