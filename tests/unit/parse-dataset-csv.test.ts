import { describe, expect, it } from 'vitest';
import { articleDataset } from '@/data/article-dataset';
import { CSV_COLUMNS } from '@/data/csv-columns';
import { LIMITS } from '@/data/dataset-limits';
import { templateDataset, templateFiles } from '@/data/dataset-template';
import { datasetToCsv } from '@/data/dataset-to-csv';
import { parseCsv } from '@/data/parse-csv';
import { parseDatasetCsv } from '@/data/parse-dataset-csv';
import { parseDatasetJson } from '@/data/parse-dataset-json';
import type { Agency, Dataset } from '@/data/schema';
import { buildCsv } from '@/export/build-csv';

const defaults = articleDataset.agencies;
const byId = (a: Agency, b: Agency) => a.id.localeCompare(b.id);

function parse(text: string, fileName = 'figures.csv') {
  return parseDatasetCsv(text, fileName, defaults);
}

function errorsOf(text: string): string[] {
  const result = parse(text);
  if (result.ok) throw new Error('expected the CSV to be refused');
  return result.errors;
}

/** The article's figures as CSV cells: [header, ...rows], to change one cell at a time. */
function articleTable(): string[][] {
  const parsed = parseCsv(datasetToCsv(articleDataset));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.records.map((r) => r.cells);
}

/** Sets cells by line number (the header is line 1) and column name, and writes the CSV. */
function articleCsvWith(changes: Record<number, Record<string, string>>): string {
  const [header = [], ...rows] = articleTable();
  for (const [line, cells] of Object.entries(changes)) {
    const row = rows[Number(line) - 2];
    if (!row) throw new Error(`no line ${line}`);
    for (const [column, value] of Object.entries(cells)) row[header.indexOf(column)] = value;
  }
  return buildCsv(header, rows);
}

describe('CSV round trip', () => {
  it('reads back every figure of the article exactly', () => {
    const result = parse(datasetToCsv(articleDataset));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dataset.metrics).toEqual(articleDataset.metrics);
    const used = new Set(articleDataset.metrics.flatMap((m) => m.agencies));
    expect([...result.dataset.agencies].sort(byId)).toEqual(
      articleDataset.agencies.filter((a) => used.has(a.id)).sort(byId),
    );
    expect(result.dataset.events).toEqual([]);
    expect(result.dataset.source.title).toBe(articleDataset.source.title);
    expect(result.dataset.source.repost.url).toBe(articleDataset.source.originalUrl);
  });

  it('the CSV and JSON templates are valid and hold the same figures', () => {
    const { json, csv } = templateFiles(articleDataset);
    const template: Dataset = templateDataset(articleDataset);
    expect(template.metrics).toHaveLength(5);
    expect(parseDatasetJson(json)).toEqual({ ok: true, dataset: template });
    const fromCsv = parse(csv, 'dataset-template.csv');
    if (!fromCsv.ok) throw new Error(fromCsv.errors.join('\n'));
    expect(fromCsv.dataset.metrics).toEqual(template.metrics);
  });

  it('the CSV template has every column, in the documented order, and a BOM for Excel', () => {
    const { csv } = templateFiles(articleDataset);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.map((c) => c.name).join(','));
  });

  it('undoes the spreadsheet formula guard of the export', () => {
    const csv = articleCsvWith({ 2: { title_en: "'=SUM(A1)" } });
    const result = parse(csv);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dataset.metrics[0]?.title.en).toBe('=SUM(A1)');
  });

  it('accepts columns in any order and in any case, and a minimal source', () => {
    const header = ['QUOTE', ...CSV_COLUMNS.map((c) => c.name).filter((n) => n !== 'quote')];
    const cells: Record<string, string> = {
      quote: '共拦截诈骗电话12次',
      id: 'calls',
      title_zh: '拦截电话',
      title_en: 'Calls blocked',
      value: '12',
      value_text: '12',
      unit: 'times',
      unit_zh: '次',
      unit_en: 'times',
      kind: 'count',
      qualifier: 'exact',
      period_type: 'unstated',
      period_start: '',
      period_end: '2024-03-31',
      period_zh: '未说明',
      period_en: 'not stated',
      agencies: 'town-police=某镇派出所|Town police station',
      category: 'prevention',
      source_url: 'https://example.org/report',
    };
    const result = parse(buildCsv(header, [header.map((h) => cells[h.toLowerCase()] ?? '')]));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dataset.source).toMatchObject({
      title: 'figures',
      titleEn: 'figures',
      outlet: { zh: '未注明', en: 'not stated' },
      publishedBy: '2024-03-31',
      repost: { site: 'example.org', url: 'https://example.org/report' },
    });
    expect(result.dataset.agencies).toEqual([
      { id: 'town-police', name: { zh: '某镇派出所', en: 'Town police station' } },
    ]);
    expect(result.dataset.metrics[0]?.period.start).toBeNull();
  });
});

describe('CSV problems, named by line and column', () => {
  it('a number written as text', () => {
    expect(errorsOf(articleCsvWith({ 14: { value: '2万余' } }))).toEqual([
      'line 14, value: expected a number, got "2万余"',
    ]);
  });

  it('NaN, Infinity, thousands separators and empty cells are not numbers', () => {
    const csv = articleCsvWith({
      2: { value: 'NaN' },
      3: { value: 'Infinity' },
      4: { value: '-Infinity' },
      5: { value: '1,234' },
      6: { value: '' },
      7: { value: '0x1F' },
    });
    expect(errorsOf(csv)).toEqual([
      'line 2, value: expected a number, got "NaN"',
      'line 3, value: expected a number, got "Infinity"',
      'line 4, value: expected a number, got "-Infinity"',
      'line 5, value: expected a number, got "1,234"',
      'line 6, value: expected a number, got an empty text',
      'line 7, value: expected a number, got "0x1F"',
    ]);
  });

  it('duplicate ids', () => {
    const csv = articleCsvWith({ 5: { id: 'coordination-member-units' } });
    expect(errorsOf(csv)).toEqual(['line 5, id: duplicate id "coordination-member-units"']);
  });

  it('an agency id that is neither defined in the file nor one of the article’s', () => {
    const csv = articleCsvWith({ 2: { agencies: 'hubei-coordination-mechanism; wuhan-police' } });
    expect(errorsOf(csv)).toEqual(['line 2, agencies: unknown agency id "wuhan-police"']);
  });

  it('an agency defined without its English name, or defined twice differently', () => {
    const csv = articleCsvWith({
      2: { agencies: 'town-police=某镇派出所' },
      3: { agencies: 'team=专班|Task force' },
      4: { agencies: 'team=另一个专班|Another task force' },
    });
    expect(errorsOf(csv)).toEqual([
      'line 4, agencies: "team" is named differently on line 3; define an agency once, then write its id alone',
      'line 2, agencies ("town-police" name.en): must not be empty',
    ]);
  });

  it('a quote that does not contain the number', () => {
    const csv = articleCsvWith({ 2: { quote: '整合多个单位资源力量' } });
    expect(errorsOf(csv)).toEqual([
      'line 2, quote: does not contain the figure\'s valueText "31": a quote must state its number',
    ]);
  });

  it('a period whose start is after its end', () => {
    const csv = articleCsvWith({ 2: { period_start: '2024-05-01' } });
    expect(errorsOf(csv)).toEqual([
      'line 2, period_start, period_end: period.start must not be after period.end',
    ]);
  });

  it('a source link that is not http(s), and source cells below the first figure', () => {
    const csv = articleCsvWith({
      2: { source_url: 'javascript:alert(1)' },
      9: { source_title: 'Another title' },
    });
    expect(errorsOf(csv)).toEqual([
      "line 9, source_title: source columns are read from the first figure's line only; leave this cell empty or repeat that value",
      'line 2, source_url: expected an http:// or https:// link, got "javascript:alert(1)"',
    ]);
  });

  it('unknown, missing and repeated columns', () => {
    const header = CSV_COLUMNS.map((c) => c.name)
      .filter((n) => n !== 'quote' && n !== 'value')
      .concat('titel_zh', 'id');
    const errors = errorsOf(`${header.join(',')}\n`);
    expect(errors.slice(0, -1)).toEqual([
      'line 1: unknown column "titel_zh"',
      'line 1: column "id" appears twice',
      'line 1: missing column "value"',
      'line 1: missing column "quote"',
    ]);
    expect(errors.at(-1)).toMatch(/^the columns are: id, title_zh, /);
  });

  it('a row with an unquoted comma', () => {
    const [header = [], first = []] = articleTable();
    const broken = first.map((cell, i) => (header[i] === 'title_en' ? 'Members, units' : cell));
    const text = `${header.join(',')}\n${broken.join(',')}\n`;
    expect(errorsOf(text)).toEqual([
      `line 2: ${header.length + 1} fields, but the header has ${header.length}; a comma inside a text must be in double quotes`,
    ]);
  });

  it('more rows than a dataset may have, refused before they are checked', () => {
    const [header = [], first = []] = articleTable();
    const rows = Array.from({ length: LIMITS.metrics + 1 }, () => first);
    expect(errorsOf(buildCsv(header, rows))).toEqual([
      'too many figures: 100,001 rows, at most 100,000',
    ]);
  });

  it('a header and nothing else, or nothing at all', () => {
    expect(errorsOf(`${CSV_COLUMNS.map((c) => c.name).join(',')}\r\n`)).toEqual([
      'the file has a header but no figures',
    ]);
    expect(errorsOf(',,,\n\n')).toEqual(['the file has no rows']);
  });
});
