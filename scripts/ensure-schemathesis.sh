#!/usr/bin/env bash
# Makes sure schemathesis (the OpenAPI fuzzer the reliability tests drive the server with) is installed, in a
# virtual environment outside the repository. Prints the path of its `st` command as the last line of stdout;
# everything else goes to stderr. Idempotent; about two minutes the first time on a machine.
set -euo pipefail

version=4.32.5
cache="${COWIN_CACHE:-$HOME/.cache/cowin}"
venv="$cache/schemathesis-$version"
st="$venv/bin/st"

if [ -x "$st" ] && "$st" --version 2>/dev/null | grep -q "$version"; then
    echo "$st"
    exit 0
fi
command -v python3 >/dev/null || { echo "python3 is needed for schemathesis" >&2; exit 1; }
mkdir -p "$cache"
exec 9>"$cache/.schemathesis.lock"
flock -w 600 9 || { echo "timed out waiting for another ensure-schemathesis.sh" >&2; exit 1; }
if [ ! -x "$st" ] || ! "$st" --version 2>/dev/null | grep -q "$version"; then
    echo "installing schemathesis $version into $venv..." >&2
    started=$SECONDS
    rm -rf "$venv"
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$version" >&2
    echo "installed schemathesis $version in $((SECONDS - started)) s" >&2
fi
echo "$st"
