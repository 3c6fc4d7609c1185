import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/data/parse-csv';

function records(text: string) {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.error);
  return result.records;
}

describe('parseCsv (RFC 4180)', () => {
  it('splits fields and lines, LF or CRLF, and drops a byte order mark', () => {
    expect(records('\ufeffa,b\r\n1,2\n3,4')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(records('a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,1')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
      { line: 5, cells: ['last', '1'] },
    ]);
  });

  it('skips blank lines and lines of commas but counts them', () => {
    expect(records('a,b\n\n,,\r\n1,2\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 4, cells: ['1', '2'] },
    ]);
  });

  it('keeps empty fields, including a last one', () => {
    expect(records('a,b,c\n1,,\n')).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', '', ''] },
    ]);
  });

  it('reports a quoted field that is never closed, with its line', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n')).toEqual({
      ok: false,
      error: 'line 2: a quoted field is never closed',
    });
  });

  it('reports text after a closing quote', () => {
    expect(parseCsv('a,b\n"x"y,1')).toEqual({
      ok: false,
      error: 'line 2: text after a closing quote; a quote inside a quoted field is written ""',
    });
  });
});
