#!/usr/bin/env bash
# npm start: install if needed, build, and serve the built dashboard on http://localhost:4173
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ]; then npm ci --no-audit --no-fund; fi
npm run build
exec npx vite preview --port "${PORT:-4173}" --strictPort --host "${HOST:-127.0.0.1}"
