import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleDataset } from '@/data/article-dataset';
import { templateFiles } from '@/data/dataset-template';

const dir = mkdtempSync(join(tmpdir(), 'data-check-'));

function check(name: string, content: string) {
  const path = join(dir, name);
  writeFileSync(path, content);
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/check-data.ts', path], {
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, path };
}

describe('npm run data:check -- FILE', () => {
  it('passes the templates, JSON and CSV, with exit code 0', () => {
    const { json, csv } = templateFiles(articleDataset);
    for (const [name, content] of [
      ['template.json', json],
      ['template.csv', csv],
    ] as const) {
      const run = check(name, content);
      expect(run.status).toBe(0);
      expect(run.stdout.trim()).toBe(`${run.path}: valid (5 figures)`);
    }
  }, 30_000);

  it('prints the page’s messages and exits 1 on a refused file', () => {
    const data = JSON.parse(JSON.stringify(articleDataset)) as { metrics: { value: unknown }[] };
    const metric = data.metrics[12];
    if (metric) metric.value = '2万余';
    const run = check('bad.json', JSON.stringify(data));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `${run.path}: 1 problem(s)\n  metrics[12].value: expected a number, got "2万余"\n`,
    );
  }, 30_000);
});
