#!/usr/bin/env bash
# Starts a `cowin serve` for the admin console's browser tests (and for working on the console): a database of its
# own, migrated, with India, Egypt, Uzbekistan, Kenya and Senegal applied (Brazil is left for the NHA to onboard from
# the console), a week of sessions, the demo NHA administrator and the demo staff of every country, the built console
# from admin-console/dist. Usage: scripts/console-server.sh COWIN_BINARY PORT DATABASE; prints
# "http://127.0.0.1:PORT PID" as the last line of stdout once the server answers; the server runs on until killed,
# its log in ${COWIN_CACHE:-$HOME/.cache/cowin}/console-server-PORT.log. Development keys only: never point it at real
# data.
set -euo pipefail

cowin="$1"
port="$2"
database="$3"
here="$(cd "$(dirname "$0")/.." && pwd)"
cache="${COWIN_CACHE:-$HOME/.cache/cowin}"
mkdir -p "$cache"

server=$("$here/scripts/ensure-postgres.sh" | tail -1)
read -r smtp _ < <("$here/scripts/ensure-smtp.sh" | tail -1)
psql "$server/postgres" -Xqc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >&2
psql "$server/postgres" -Xqc "CREATE DATABASE $database" >&2

export COWIN_DATABASE__URL="$server/$database" COWIN_SMTP__URL="$smtp" COWIN_SECURITY__ALLOW_DEVELOPMENT_KEY=true
export COWIN_OBJECTS__LOCAL_DIR="$cache/console-objects-$port" COWIN_SERVER__PORT="$port"
export COWIN_LOCALES_DIR="$here/locales" COWIN_CONSOLE_DIR="$here/admin-console/dist" COWIN_LOG__FORMAT=json
# One browser signs in many times over a test run.
export COWIN_RATE_LIMITS__SIGN_INS_PER_IP=1000 COWIN_RATE_LIMITS__PUBLIC_CALLS=10000
"$cowin" migrate >&2
"$cowin" tenant apply "$here/tenant-config/IN" "$here/tenant-config/EG" "$here/tenant-config/UZ" \
  "$here/tenant-config/KE" "$here/tenant-config/SN" >&2
"$cowin" demo seed --days 7 >&2
echo "${COWIN_DEMO_NHA_PASSWORD:-demo-nha-password}" \
  | "$cowin" nha add-user --email "${COWIN_DEMO_NHA_EMAIL:-nha@cowin.localhost}" --name "NHA demo administrator" >&2
"$cowin" demo staff --password "${COWIN_DEMO_STAFF_PASSWORD:-demo-staff-password}" >&2

log="$cache/console-server-$port.log"
setsid "$cowin" serve >"$log" 2>&1 < /dev/null &
pid=$!
for _ in $(seq 1 100); do
  if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then
    echo "http://127.0.0.1:$port $pid"
    exit 0
  fi
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.2
done
echo "cowin serve did not answer on port $port; its log: $log" >&2
kill "$pid" 2>/dev/null || true
exit 1
