// Prints the last line of `npm test`: how many tests passed and failed, lint counted as one check.
import { existsSync, readFileSync } from 'node:fs';

const lintFailed = process.argv[2] === '1';
let passed = lintFailed ? 0 : 1;
let failed = lintFailed ? 1 : 0;
const missing = [];

if (existsSync('.tmp/vitest-results.json')) {
  const v = JSON.parse(readFileSync('.tmp/vitest-results.json', 'utf8'));
  passed += v.numPassedTests;
  failed +=
    v.numFailedTests +
    (v.numTotalTestSuites > 0 && v.success === false && v.numFailedTests === 0 ? 1 : 0);
} else missing.push('vitest');

if (existsSync('.tmp/playwright-results.json')) {
  const p = JSON.parse(readFileSync('.tmp/playwright-results.json', 'utf8'));
  passed += p.stats.expected;
  failed += p.stats.unexpected + p.stats.flaky;
  failed += (p.errors ?? []).length;
} else missing.push('playwright');

failed += missing.length;
const note = missing.length ? ` (no results from: ${missing.join(', ')})` : '';
console.log(`TESTS: ${passed} passed, ${failed} failed${note}`);
