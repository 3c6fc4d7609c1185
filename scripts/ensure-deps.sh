#!/usr/bin/env bash
# Installs what the tests need and is missing: npm packages from the lockfile, and Debian's
# chromium + CJK fonts (for real-browser tests and Chinese text in screenshots and PNGs).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> npm ci"
  npm ci --no-audit --no-fund
fi

if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  echo "==> apt-get install chromium fonts-noto-cjk"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y --no-install-recommends chromium fonts-noto-cjk \
    || { $SUDO apt-get update && $SUDO apt-get install -y --no-install-recommends chromium fonts-noto-cjk; }
fi
