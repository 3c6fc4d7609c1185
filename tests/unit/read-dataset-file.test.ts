import { describe, expect, it } from 'vitest';
import { articleDataset } from '@/data/article-dataset';
import { LIMITS } from '@/data/dataset-limits';
import { readDatasetFile, type DatasetFile } from '@/data/read-dataset-file';

const agencies = articleDataset.agencies;

function fileOf(name: string, content: string | Uint8Array<ArrayBuffer>): File {
  return new File([content], name);
}

async function errorsOf(file: DatasetFile): Promise<string[]> {
  const result = await readDatasetFile(file, agencies);
  if (result.ok) throw new Error(`expected ${file.name} to be refused`);
  return result.errors;
}

describe('readDatasetFile: files that are not a dataset', () => {
  it('refuses an empty file', async () => {
    expect(await errorsOf(fileOf('empty.json', ''))).toEqual(['the file is empty']);
  });

  it('refuses a file of white space', async () => {
    expect(await errorsOf(fileOf('blank.csv', ' \r\n\t\n'))).toEqual([
      'the file contains only white space',
    ]);
  });

  it('refuses text that is not JSON, saying where', async () => {
    const [error] = await errorsOf(fileOf('broken.json', '{"source": {"id": "x",}'));
    expect(error).toMatch(/^not valid JSON: .*position 22/);
  });

  it('refuses NaN and Infinity in JSON: they are not JSON', async () => {
    const [error] = await errorsOf(fileOf('nan.json', '{"value": NaN}'));
    expect(error).toMatch(/^not valid JSON/);
  });

  it('refuses GBK text (Excel’s default Chinese CSV) as not UTF-8', async () => {
    // "湖北" in GBK: BA FE B1 B1.
    const gbk = new Uint8Array([0x69, 0x64, 0x2c, 0xba, 0xfe, 0xb1, 0xb1, 0x0a]);
    expect(await errorsOf(fileOf('gbk.csv', gbk))).toEqual([
      'the file is not UTF-8 text; save it as UTF-8 (in Excel: "CSV UTF-8"; GBK files must be converted)',
    ]);
  });

  it('refuses UTF-16 text with a hint', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    expect(await errorsOf(fileOf('utf16.json', utf16))).toEqual([
      'the file is UTF-16 text; save it as UTF-8 and open it again',
    ]);
  });

  it('refuses a binary file (a PNG)', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const [error] = await errorsOf(fileOf('chart.png', png));
    expect(error).toMatch(/^the file is not UTF-8 text/);
  });

  it('refuses UTF-8 text with NUL bytes as binary', async () => {
    expect(await errorsOf(fileOf('nul.json', '{"a":"\u0000"}'))).toEqual([
      'the file contains NUL bytes: it is binary, not text',
    ]);
  });

  it('refuses text that is neither JSON nor CSV', async () => {
    expect(await errorsOf(fileOf('notes.txt', 'just some notes'))).toEqual([
      'not a dataset: expected a .json file or a .csv file with a header line',
    ]);
  });
});

describe('readDatasetFile: size', () => {
  it('refuses a 100 MB file by its size, without reading a byte', async () => {
    let read = false;
    const huge: DatasetFile = {
      name: 'huge.json',
      size: 100 * 1024 * 1024,
      arrayBuffer: () => {
        read = true;
        return Promise.reject(new Error('must not be read'));
      },
    };
    expect(await errorsOf(huge)).toEqual(['the file is 100.0 MB; the limit is 64.0 MB']);
    expect(read).toBe(false);
  });

  it('refuses a real 100 MB Blob the same way', async () => {
    const blob = new File([new Uint8Array(100 * 1024 * 1024).fill(0x20)], 'real.json');
    expect(blob.size).toBe(104_857_600);
    expect(await errorsOf(blob)).toEqual(['the file is 100.0 MB; the limit is 64.0 MB']);
  });

  it('accepts a file at the limit as far as size goes', async () => {
    const padding = ' '.repeat(LIMITS.fileBytes - 2);
    const errors = await errorsOf(fileOf('padded.json', `{}${padding}`));
    expect(errors[0]).toBe('source: missing (expected an object)');
  });

  it('reports a file that fails while being read', async () => {
    const failing: DatasetFile = {
      name: 'gone.json',
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
    };
    expect(await errorsOf(failing)).toEqual(['the file could not be read: NotReadableError']);
  });
});

describe('readDatasetFile: nesting', () => {
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

  it('refuses 100 000 nested arrays before parsing them', async () => {
    expect(await errorsOf(fileOf('deep.json', deep(100_000)))).toEqual([
      `the JSON is nested more than ${LIMITS.jsonDepth} levels deep; a dataset needs 5 (metrics[i].period.label.zh)`,
    ]);
  });

  it('refuses deep nesting inside a field, and is not fooled by brackets in strings', async () => {
    const inField = `{"metrics": [{"title": ${deep(100_000)}}]}`;
    expect((await errorsOf(fileOf('deep-field.json', inField)))[0]).toMatch(/nested more than/);
    const inString = JSON.stringify({ note: '['.repeat(1000) });
    expect((await errorsOf(fileOf('brackets.json', inString)))[0]).toBe(
      'source: missing (expected an object)',
    );
  });
});

describe('readDatasetFile: valid files', () => {
  it('opens the article’s own data as JSON, BOM or not', async () => {
    const json = JSON.stringify(articleDataset);
    for (const text of [json, `\ufeff${json}`]) {
      const result = await readDatasetFile(fileOf('article.json', text), agencies);
      expect(result).toEqual({ ok: true, dataset: articleDataset });
    }
  });

  it('tells JSON from CSV by content when the name has no known extension', async () => {
    const result = await readDatasetFile(
      fileOf('article.txt', JSON.stringify(articleDataset)),
      agencies,
    );
    expect(result.ok).toBe(true);
  });
});
