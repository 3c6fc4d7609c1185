import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleDataset } from '@/data/article-dataset';
import { datasetToCsv } from '@/data/dataset-to-csv';
import { decodeUtf8 } from '@/data/decode-text';
import { parseDataset, type DatasetResult } from '@/data/load-dataset';
import { parseDatasetText } from '@/data/read-dataset-file';
import { datasetSchema } from '@/data/schema';

/**
 * Malformed files, generated: whatever a file holds, reading it never throws, and the answer
 * is either a dataset that passes the schema or a list of short, non-empty messages.
 * The README's Reliability section quotes these run counts.
 */
const RUNS = { bytes: 1000, text: 1000, jsonEdits: 1500, csvEdits: 1500, values: 1000 };
const SEED = 20240501;
const MAX_MESSAGE = 400;

const agencies = articleDataset.agencies;
const articleJson = JSON.stringify(articleDataset, null, 2);
const articleCsv = datasetToCsv(articleDataset);

function expectWellFormed(result: DatasetResult): void {
  if (result.ok) {
    expect(datasetSchema.safeParse(result.dataset).success).toBe(true);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(typeof error).toBe('string');
    expect(error.length).toBeGreaterThan(0);
    expect(error.length).toBeLessThanOrEqual(MAX_MESSAGE);
  }
}

function read(text: string, fileName: string): DatasetResult {
  let result: DatasetResult | undefined;
  expect(() => {
    result = parseDatasetText(text, fileName, agencies);
  }).not.toThrow();
  if (!result) throw new Error('unreachable');
  return result;
}

/** Text edits of the kinds that break files: a character typed, deleted, or a cut. */
const edit = fc.record({
  at: fc.nat(),
  how: fc.constantFrom('insert', 'delete', 'replace', 'truncate', 'duplicate'),
  text: fc.oneof(
    fc.constantFrom(
      '"',
      ',',
      '{',
      '}',
      '[',
      ']',
      ':',
      '\n',
      '\r',
      '\\',
      'NaN',
      'Infinity',
      '-',
      '1e999',
      'null',
      '\u0000',
      '\ufeff',
      '\ud800',
      '"2万余"',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
    ),
    fc.string({ maxLength: 6 }),
    fc.string({ unit: 'binary', maxLength: 4 }),
  ),
});

function applyEdits(source: string, edits: readonly { at: number; how: string; text: string }[]) {
  let text = source;
  for (const { at, how, text: piece } of edits) {
    const i = text.length === 0 ? 0 : at % text.length;
    if (how === 'insert') text = text.slice(0, i) + piece + text.slice(i);
    else if (how === 'delete') text = text.slice(0, i) + text.slice(i + 1 + (at % 7));
    else if (how === 'replace') text = text.slice(0, i) + piece + text.slice(i + piece.length);
    else if (how === 'truncate') text = text.slice(0, i);
    else text = text.slice(0, i) + text.slice(i, i + 200) + text.slice(i);
  }
  return text;
}

describe('reading generated malformed files never throws', () => {
  it(`random bytes (${RUNS.bytes} runs)`, () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom('x.json', 'x.csv', 'x'),
        (bytes, name) => {
          const decoded = decodeUtf8(bytes);
          if (decoded.ok) expectWellFormed(read(decoded.text, name));
          else expect(decoded.error.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: RUNS.bytes, seed: SEED },
    );
  });

  it(`random text as JSON and as CSV (${RUNS.text} runs)`, () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })),
        fc.constantFrom('x.json', 'x.csv', 'x.txt'),
        (text, name) => expectWellFormed(read(text, name)),
      ),
      { numRuns: RUNS.text, seed: SEED },
    );
  });

  it(`the article's JSON with 1–5 random edits (${RUNS.jsonEdits} runs)`, () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        expectWellFormed(read(applyEdits(articleJson, edits), 'edited.json'));
      }),
      { numRuns: RUNS.jsonEdits, seed: SEED },
    );
  });

  it(`the article's CSV with 1–5 random edits (${RUNS.csvEdits} runs)`, () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        expectWellFormed(read(applyEdits(articleCsv, edits), 'edited.csv'));
      }),
      { numRuns: RUNS.csvEdits, seed: SEED },
    );
  });

  it(`the article's data with one field replaced by any JSON value (${RUNS.values} runs)`, () => {
    const paths: string[][] = [];
    const walk = (node: unknown, path: string[]) => {
      paths.push(path);
      if (node !== null && typeof node === 'object') {
        for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
      }
    };
    walk(articleDataset, []);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, undefined),
        ),
        (path, value) => {
          const data: unknown = JSON.parse(articleJson);
          if (path.length === 0) {
            expectWellFormed(parseDataset(value));
            return;
          }
          let node = data as Record<string, unknown>;
          for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
          node[path.at(-1) ?? ''] = value;
          let result: DatasetResult | undefined;
          expect(() => {
            result = parseDataset(data);
          }).not.toThrow();
          if (result) expectWellFormed(result);
        },
      ),
      { numRuns: RUNS.values, seed: SEED },
    );
  });
});
