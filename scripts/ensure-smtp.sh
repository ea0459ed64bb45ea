#!/usr/bin/env bash
# Makes sure a real SMTP server is reachable on 127.0.0.1, one that the tests can send mail to and whose inbox
# they can read over HTTP. Prints "smtp://127.0.0.1:SMTP_PORT http://127.0.0.1:WEB_PORT" as the last line of
# stdout; everything else goes to stderr. Idempotent.
#
# 1. Something already greets on SMTP at 127.0.0.1:${COWIN_SMTP_PORT:-1025} and maildev's API answers on
#    127.0.0.1:${COWIN_SMTP_WEB_PORT:-1080}: use them.
# 2. Otherwise install maildev (pinned below) with npm into ${COWIN_CACHE:-$HOME/.cache/cowin}/maildev if it is
#    not there yet (outside the repository, so no node_modules lands in git), start it detached so it outlives
#    this script, and wait up to 20 s for both ports. Its output goes to maildev-SMTP_PORT.log in that folder.
#
# maildev 2.2.1's HTTP API (no prefix; maildev 3 moved everything under /api, e.g. /api/email):
#   GET    /email            every message, JSON array in arrival order; query parameters filter on fields,
#                            e.g. /email?to.address=alice@example.org or ?subject=Hello (exact match)
#   GET    /email/:id        one message (JSON object; marks it read); 404 if unknown
#   DELETE /email/all        clears the inbox
#   DELETE /email/:id        deletes one message
#   GET    /email/:id/source the raw message (.eml)
#   GET    /healthz          true
# A message's fields: id, time, read, subject, text (plain-text body, with its final newline), html (the HTML
# body; each of the two is missing when the mail has no such part), from / to / cc: [{"address": ..., "name": ...}]
# (from the headers), calculatedBcc (same shape: envelope recipients in no header), headers: {...} (lower-case
# names), envelope: {"from": {"address"}, "to": [{"address"}]} (SMTP MAIL FROM / RCPT TO).
set -euo pipefail

# 2.2.1 rather than 3.x: 2.2.1 declares node >=18 and installs cleanly on the machine's Node.js 20; maildev
# 3.0.0 runs too but pulls dependencies that declare node >=22, so a later release of one of them may break it.
maildev_version=2.2.1
smtp_port="${COWIN_SMTP_PORT:-1025}"
web_port="${COWIN_SMTP_WEB_PORT:-1080}"
cache="${COWIN_CACHE:-$HOME/.cache/cowin}"
dir="$cache/maildev"
# Per SMTP port, so that a second instance on other ports (see the variables above) never wipes the mail folder
# or overwrites the log of the first.
run="$dir/maildev-$smtp_port"
log="$run.log"
urls="smtp://127.0.0.1:$smtp_port http://127.0.0.1:$web_port"

# A real SMTP server greets with "220 ..." as soon as one connects; reading the greeting (not just connecting)
# tells it apart from any other program on the port. QUIT keeps the server's log free of aborted sessions.
smtp_answers() {
    timeout 3 bash -c '
        exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
        IFS= read -r -t 2 greeting <&3 || exit 1
        printf "QUIT\r\n" >&3
        [[ $greeting == 220* ]]' _ "$smtp_port" 2>/dev/null
}
# The tests read the inbox through GET /email, so that is what must answer, with a JSON array.
web_answers() {
    local body
    body=$(curl -fsS --max-time 3 "http://127.0.0.1:$web_port/email" 2>/dev/null) || return 1
    [[ $body == \[* ]]
}
done_if_running() {
    if smtp_answers && web_answers; then
        echo "$urls"
        exit 0
    fi
}

command -v curl >/dev/null || { echo "curl is needed to check maildev's HTTP API (apt-get install curl)" >&2; exit 1; }
done_if_running

for tool in node npm; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed; maildev needs Node.js >= 18 and npm" >&2; exit 1; }
done
mkdir -p "$dir"

# Two runs at once (say two test jobs) must not both install into the same folder or both start a server:
# the second waits here, then finds the server the first one started. The lock is fd 9; maildev must not
# inherit it (9>&- below), or it would hold the lock for as long as it runs.
exec 9>"$dir/.lock"
flock -w 300 9 || { echo "timed out waiting for another ensure-smtp.sh (lock $dir/.lock)" >&2; exit 1; }
done_if_running

installed=$(node -p 'require(process.argv[1]).version' "$dir/node_modules/maildev/package.json" 2>/dev/null || true)
if [ "$installed" != "$maildev_version" ]; then
    echo "installing maildev@$maildev_version into $dir..." >&2
    started=$SECONDS
    npm install --prefix "$dir" --no-audit --no-fund --save-exact "maildev@$maildev_version" >&2
    echo "installed maildev@$maildev_version in $((SECONDS - started)) s" >&2
fi

# maildev keeps every message as a file in its mail directory and reloads that folder when it starts; a fresh
# folder on each start gives an empty inbox after a restart (and without --mail-directory it would leave a
# /tmp/maildev-PID folder behind on every start).
rm -rf "$run.mail"
echo "starting maildev@$maildev_version (SMTP $smtp_port, web $web_port); log: $log" >&2
# setsid + nohup: its own session, so it survives this script's exit and a hang-up of the calling terminal.
# stdin/stdout/stderr away from the caller's, or a caller reading our output through a pipe or $(...) would
# wait for maildev to exit. Started from its own folder, not the caller's (a CI checkout that may be deleted while
# maildev lives on).
cd "$dir"
setsid nohup "$dir/node_modules/.bin/maildev" \
    --ip 127.0.0.1 --web-ip 127.0.0.1 --smtp "$smtp_port" --web "$web_port" --mail-directory "$run.mail" \
    </dev/null >"$log" 2>&1 9>&- &
pid=$!
echo "$pid" >"$run.pid"

deadline=$((SECONDS + 20))
while [ "$SECONDS" -lt "$deadline" ]; do
    if smtp_answers && web_answers; then
        echo "maildev is running (pid $pid)" >&2
        echo "$urls"
        exit 0
    fi
    # It died (typically a port already held by another program): no point in waiting out the deadline.
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
done
echo "maildev did not answer on SMTP 127.0.0.1:$smtp_port and HTTP 127.0.0.1:$web_port" \
    "(is another program on one of these ports? COWIN_SMTP_PORT / COWIN_SMTP_WEB_PORT choose others);" \
    "see $log:" >&2
tail -n 20 "$log" >&2 || true
# One that is still starting after 20 s would hold the ports and make the next run fail the same way.
kill "$pid" 2>/dev/null || true
exit 1
