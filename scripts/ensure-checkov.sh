#!/usr/bin/env bash
# Makes sure checkov (the static checker scripts/check-deployment.sh runs over terraform/ and the Dockerfile) is
# installed, in a virtual environment outside the repository. Prints the path of its `checkov` command as the last
# line of stdout; everything else goes to stderr. Idempotent; a few minutes the first time on a machine.
#
# The version is pinned because checkov adds checks in almost every release: an unpinned install would make
# check-deployment.sh fail one morning on code nobody touched. Raise it deliberately and fix what it finds.
set -euo pipefail

version=3.3.30
cache="${COWIN_CACHE:-$HOME/.cache/cowin}"
venv="$cache/checkov-$version"
checkov="$venv/bin/checkov"

installed() {
    # `checkov --version` prints the bare version number; compare it exactly so 3.3.3 never passes for 3.3.30.
    [ -x "$checkov" ] && [ "$("$checkov" --version 2>/dev/null)" = "$version" ]
}

if installed; then
    echo "$checkov"
    exit 0
fi
command -v python3 >/dev/null || { echo "python3 is needed for checkov" >&2; exit 1; }
mkdir -p "$cache"
exec 9>"$cache/.checkov.lock"
flock -w 900 9 || { echo "timed out waiting for another ensure-checkov.sh" >&2; exit 1; }
if ! installed; then
    echo "installing checkov $version into $venv..." >&2
    started=$SECONDS
    rm -rf "$venv"
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check "checkov==$version" >&2
    installed || { echo "checkov $version did not install cleanly into $venv" >&2; exit 1; }
    echo "installed checkov $version in $((SECONDS - started)) s" >&2
fi
echo "$checkov"
