/** One CSV record and the line of the file it starts on (1-based, as editors count). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; error: string };

const FIELD_END = /[,\r\n]/g;

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) n++;
  }
  return n;
}

/**
 * RFC 4180: comma-separated fields, optionally in double quotes (a quote inside is doubled),
 * CRLF or LF line ends, a leading byte order mark ignored. Blank lines, and lines of only
 * commas as spreadsheets leave them, are skipped but still counted, so line numbers match the
 * file. Fields are cut with indexOf and slice, not built a character at a time (20 MB in < 1 s).
 */
export function parseCsv(text: string): CsvResult {
  const input = text.startsWith('\ufeff') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    if (cells.some((c) => c !== '')) records.push({ line: recordLine, cells });
    cells = [];
  };
  while (i <= input.length) {
    let field: string;
    if (input[i] === '"') {
      const parts: string[] = [];
      let from = i + 1;
      for (;;) {
        const close = input.indexOf('"', from);
        if (close < 0) return { ok: false, error: `line ${line}: a quoted field is never closed` };
        parts.push(input.slice(from, close));
        if (input[close + 1] === '"') {
          parts.push('"');
          from = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      field = parts.join('');
      line += countLineBreaks(field);
      const next = input[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        return {
          ok: false,
          error: `line ${line}: text after a closing quote; a quote inside a quoted field is written ""`,
        };
      }
    } else {
      FIELD_END.lastIndex = i;
      const end = FIELD_END.exec(input)?.index ?? input.length;
      field = input.slice(i, end);
      i = end;
    }
    cells.push(field);
    const separator = input[i];
    if (separator === ',') {
      i++;
      continue;
    }
    endRecord();
    if (separator === undefined) break;
    i += separator === '\r' && input[i + 1] === '\n' ? 2 : 1;
    line++;
    recordLine = line;
  }
  return { ok: true, records };
}
