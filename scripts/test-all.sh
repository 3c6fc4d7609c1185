#!/usr/bin/env bash
# npm test: install what is missing, lint, unit tests, build, browser tests; then one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh || { echo "TESTS: 0 passed, 1 failed (install step failed)"; exit 1; }
mkdir -p .tmp
rm -f .tmp/vitest-results.json .tmp/playwright-results.json
status=0

echo "==> lint: eslint, prettier --check, tsc --noEmit"
lint_failed=0
npx eslint . || lint_failed=1
npx prettier --check . || lint_failed=1
npx tsc --noEmit -p tsconfig.json || lint_failed=1
[ "$lint_failed" = 0 ] || status=1

echo "==> unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile=.tmp/vitest-results.json || status=1

echo "==> build"
npm run build || status=1

echo "==> browser tests (playwright, /usr/bin/chromium)"
npx playwright test || status=1

node scripts/summarize-tests.mjs "$lint_failed"
exit $status
