import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '@/data/csv-columns';

const readme = readFileSync('README.md', 'utf8');

describe('README, "Your own data"', () => {
  it('documents every CSV column the parser knows, with whether it is required', () => {
    for (const { name, required } of CSV_COLUMNS) {
      const row = new RegExp(`^\\| \`${name}\` +\\| ${required ? 'yes' : 'no '} `, 'm');
      expect(readme, name).toMatch(row);
    }
  });
});
