#!/usr/bin/env bash
# The admin console's browser tests: Debian's Chromium (scripts/ensure-chromium.sh) driven by Playwright through
# admin-console/e2e (the console, and the citizen portal the same server serves) against a server of their own (scripts/console-server.sh, database cowin_test_console).
# Usage: scripts/console-e2e.sh COWIN_BINARY. The console must be built (scripts/console-build.sh). Screenshots of
# every step land in admin-console/test-results/screenshots.
set -euo pipefail

cowin="$1"
here="$(cd "$(dirname "$0")/.." && pwd)"
chromium=$("$here/scripts/ensure-chromium.sh" | tail -1)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
read -r url pid < <("$here/scripts/console-server.sh" "$cowin" "$port" cowin_test_console | tail -1)
trap 'kill "$pid" 2>/dev/null || true' EXIT
cd "$here/admin-console"
# The portal's tests read the OTPs the development SMS provider writes to the server's log.
SERVER_LOG="${COWIN_CACHE:-$HOME/.cache/cowin}/console-server-$port.log" BASE_URL="$url" CHROMIUM="$chromium" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm run e2e
