#!/usr/bin/env bash
# Installs the admin console's locked dependencies and builds it into admin-console/dist, which `cowin serve`
# serves at /console/. With --check it also runs the console's type check, lint and unit tests (Vitest) first.
# No browser is downloaded: the browser tests drive Debian's Chromium (scripts/ensure-chromium.sh).
set -euo pipefail

cd "$(dirname "$0")/../admin-console"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm ci --no-audit --no-fund --loglevel=error >&2
if [ "${1:-}" = "--check" ]; then
  npm run lint >&2
  npm test >&2
fi
npm run build >&2
echo "$(pwd)/dist"
