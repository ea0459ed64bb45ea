#!/usr/bin/env bash
# Makes sure a real S3-compatible server is reachable on 127.0.0.1 for the tests: s3s-fs, which checks SigV4
# signatures and serves presigned URLs, storing objects as files. Prints "ENDPOINT ACCESS_KEY SECRET_KEY" as the
# last line of stdout; everything else goes to stderr. Idempotent.
#
# 1. Something already answers S3 on 127.0.0.1:${COWIN_S3_PORT:-9000}: use it (with the credentials below).
# 2. Otherwise install s3s-fs (pinned below; no S3 server is packaged in Debian and MinIO is not available here)
#    with cargo into ${COWIN_CACHE:-$HOME/.cache/cowin}/tools, outside the repository, if it is not there yet
#    (about 7 minutes on 2 cores, once per machine), start it detached and wait for it.
set -euo pipefail

# 0.14.1: newer releases need a newer rustc than this machine's.
version=0.14.1
port="${COWIN_S3_PORT:-9000}"
access_key="${COWIN_S3_ACCESS_KEY:-cowin-test}"
secret_key="${COWIN_S3_SECRET_KEY:-cowin-test-secret}"
cache="${COWIN_CACHE:-$HOME/.cache/cowin}"
tools="$cache/tools"
binary="$tools/bin/s3s-fs"
data="$cache/s3-data-$port"
log="$cache/s3s-fs-$port.log"
line="http://127.0.0.1:$port $access_key $secret_key"

# An unsigned request gets an S3 error document from an S3 server; any other program answers otherwise.
answers() {
    curl -s --max-time 3 "http://127.0.0.1:$port/" 2>/dev/null | grep -q "<Error>\|<ListAllMyBucketsResult"
}
done_if_running() {
    if answers; then
        echo "$line"
        exit 0
    fi
}

command -v curl >/dev/null || { echo "curl is needed (apt-get install curl)" >&2; exit 1; }
done_if_running
mkdir -p "$cache"
exec 9>"$cache/.s3.lock"
flock -w 1200 9 || { echo "timed out waiting for another ensure-s3.sh" >&2; exit 1; }
done_if_running

if [ ! -x "$binary" ] || [ "$("$binary" --version 2>/dev/null | awk '{print $2}')" != "$version" ]; then
    command -v cargo >/dev/null || { echo "cargo is needed to install s3s-fs" >&2; exit 1; }
    echo "installing s3s-fs@$version into $tools (once per machine, several minutes)..." >&2
    started=$SECONDS
    CARGO_TARGET_DIR="$cache/tools-target" cargo install "s3s-fs@$version" --locked --features binary --root "$tools" >&2
    echo "installed s3s-fs@$version in $((SECONDS - started)) s" >&2
fi

mkdir -p "$data"
echo "starting s3s-fs on 127.0.0.1:$port (data $data, log $log)" >&2
# Started from its data folder, not the caller's: s3s-fs resolves every object's path against its working
# directory, and the caller's folder (a CI checkout) can be deleted while the server lives on, after which every
# request to create a bucket or store an object fails with an internal error.
cd "$data"
setsid nohup "$binary" --host 127.0.0.1 --port "$port" --access-key "$access_key" --secret-key "$secret_key" "$PWD" \
    </dev/null >"$log" 2>&1 9>&- &
pid=$!
deadline=$((SECONDS + 20))
while [ "$SECONDS" -lt "$deadline" ]; do
    if answers; then
        echo "s3s-fs is running (pid $pid)" >&2
        echo "$line"
        exit 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.3
done
echo "s3s-fs did not answer on 127.0.0.1:$port; see $log:" >&2
tail -n 20 "$log" >&2 || true
kill "$pid" 2>/dev/null || true
exit 1
