import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleDataset } from '@/data/article-dataset';
import { buildCsv, csvField } from '@/export/build-csv';
import { eventCsvTable, metricCsvTable, metricTableRows } from '@/state/table-rows';

/** A strict RFC 4180 reader, written here so the writer is checked against an independent one. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      if (c === '"' || c === '\n' || c === '\r')
        throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) throw new Error('last line has no CRLF');
  return rows;
}

function withoutBom(csv: string): string {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  return csv.slice(1);
}

/** A signed number such as -5.82%: data, which no spreadsheet evaluates as a formula. */
const NUMERIC_TEXT = /^[-+]?[\d.,]+%?$/;

describe('csvField', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvField('abc')).toBe('abc');
    expect(csvField('湖北省公安厅')).toBe('湖北省公安厅');
    expect(csvField(441300)).toBe('441300');
    expect(csvField(0.13)).toBe('0.13');
    expect(csvField('')).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('"')).toBe('""""');
  });

  it('keeps the article’s ASCII commas inside one field', () => {
    const quote = '2023年以来,全省公安机关';
    expect(csvField(quote)).toBe(`"${quote}"`);
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('defuses a text cell starting with %j', (c) => {
    const text = `${c}HYPERLINK("http://x")`;
    const field = csvField(text);
    const [[value]] = parseCsv(`${field}\r\n`) as [[string]];
    expect(value).toBe(`'${text}`);
  });

  it('defuses formulas that also need quoting', () => {
    expect(csvField('=1+2,3')).toBe(`"'=1+2,3"`);
    expect(csvField('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvField('-1+cmd')).toBe("'-1+cmd");
  });

  it('leaves signed numbers as text alone: a spreadsheet reads them as numbers, not formulas', () => {
    expect(csvField('-5.82%')).toBe('-5.82%');
    expect(csvField('+16.33%')).toBe('+16.33%');
  });

  it('does not touch a negative number (it is data, not a formula)', () => {
    expect(csvField(-5.82)).toBe('-5.82');
    expect(csvField(-25.81)).toBe('-25.81');
  });

  it('does not prefix text whose = or - is not first', () => {
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('2022-09-01')).toBe('2022-09-01');
    expect(csvField('hubei-comms')).toBe('hubei-comms');
  });
});

describe('buildCsv', () => {
  it('starts with a BOM, separates with commas and ends every line with CRLF', () => {
    const csv = buildCsv(
      ['a', 'b'],
      [
        ['1', 2],
        ['x,y', -3],
      ],
    );
    expect(csv).toBe('\ufeffa,b\r\n1,2\r\n"x,y",-3\r\n');
  });

  it('writes a header-only file for no rows', () => {
    expect(buildCsv(['id'], [])).toBe('\ufeffid\r\n');
  });

  it('reads back cell for cell (formula cells with their apostrophe)', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.string({ unit: 'grapheme', maxLength: 10 }),
      fc.constantFrom('=cmd', '+1', '-1', '@x', '"', '""', ',', '\r\n', '\n', '湖北,2万余'),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
    );
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 6 }),
        (header, rows) => {
          const parsed = parseCsv(withoutBom(buildCsv(header, rows)));
          const expected = [header, ...rows].map((row) =>
            row.map((v) =>
              typeof v === 'string' && /^[=+\-@\t\r]/.test(v) && !NUMERIC_TEXT.test(v)
                ? `'${v}`
                : String(v),
            ),
          );
          expect(parsed).toEqual(expected);
          // No text cell a spreadsheet would evaluate.
          const input = [header, ...rows];
          parsed.forEach((row, r) =>
            row.forEach((value, c) => {
              if (typeof input[r]?.[c] === 'string' && !NUMERIC_TEXT.test(value)) {
                expect(value).not.toMatch(/^[=+\-@\t\r]/);
              }
            }),
          );
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  it('exports the article’s figures as a rectangular table, in both locales', () => {
    for (const locale of ['zh', 'en'] as const) {
      const rows = metricTableRows(articleDataset.metrics, articleDataset.agencies, locale);
      const { header, body } = metricCsvTable(rows);
      const parsed = parseCsv(withoutBom(buildCsv(header, body)));
      expect(parsed).toHaveLength(articleDataset.metrics.length + 1);
      for (const row of parsed) expect(row).toHaveLength(header.length);
      expect(parsed[0]).toEqual(header);
      const valueAt = header.indexOf('value');
      const quoteAt = header.indexOf('quote');
      articleDataset.metrics.forEach((m, i) => {
        const row = parsed[i + 1];
        expect(Number(row?.[valueAt])).toBe(m.value);
        // Quotes survive, commas and all (none of them starts like a formula).
        expect(row?.[quoteAt]).toBe(m.quote);
      });
    }
  });

  it('exports the events', () => {
    const { header, body } = eventCsvTable(articleDataset.events, 'en');
    const parsed = parseCsv(withoutBom(buildCsv(header, body)));
    expect(parsed.slice(1).map((r) => r[0])).toEqual(articleDataset.events.map((e) => e.id));
    expect(parsed.slice(1).map((r) => r[1])).toEqual(articleDataset.events.map((e) => e.date));
  });
});
