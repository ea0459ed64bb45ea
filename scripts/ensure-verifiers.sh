#!/usr/bin/env bash
# Makes sure the independent certificate verifiers (tests/verifiers: public npm libraries for the EU DCC, SMART Health
# Cards, W3C VC Data Integrity and WHO DDCC:VS, see tests/verifiers/README.md) are installed, and prints as the last
# line of stdout the command prefix that runs them:
#     node /root/.cache/cowin/verifiers/verify.mjs
# to which the caller appends "<dcc|shc|vc|ddcc> <payload-file> <keys-file|->". The words are separated by single
# spaces (the path comes from $COWIN_CACHE / $HOME, which must not contain spaces). Everything else goes to stderr.
# Idempotent: a second run with the same package-lock.json installs nothing.
#
# The packages go into ${COWIN_CACHE:-$HOME/.cache/cowin}/verifiers, outside the repository, so that no
# node_modules lands in git. verify.mjs and selftest.mjs are copied there on every run: Node resolves an ES module's
# imports from the folder the file really lives in (NODE_PATH does not apply to import, and a symlink is resolved
# to the repository), so the harness has to sit beside its node_modules.
#
#     scripts/ensure-verifiers.sh --selftest   also runs tests/verifiers/selftest.mjs (needs openssl) after installing
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
src="$repo/tests/verifiers"
cache="${COWIN_CACHE:-$HOME/.cache/cowin}"
dir="$cache/verifiers"
selftest=false
case "${1:-}" in
    --selftest) selftest=true ;;
    "") ;;
    *) echo "usage: $0 [--selftest]" >&2; exit 2 ;;
esac

for tool in node npm; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed; the verifiers need Node.js >= 20 and npm" >&2; exit 1; }
done
# cbor 8 and the harness use Node.js 20 APIs (structuredClone, X509Certificate.keyUsage); tested on 20.20.
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' \
    || { echo "Node.js $(node --version) is too old; the verifiers need Node.js >= 20" >&2; exit 1; }
mkdir -p "$dir"

# Two runs at once (say two test binaries) must not both run npm in the same folder, nor copy a harness file while
# the other one is running it: the second waits here, then finds everything installed.
exec 9>"$dir/.lock"
flock -w 300 9 || { echo "timed out waiting for another ensure-verifiers.sh (lock $dir/.lock)" >&2; exit 1; }

# The lock file's hash, recorded after a successful install, says whether node_modules matches it; npm ci wipes
# node_modules first, so a half-finished earlier install is never taken for a complete one.
want=$(sha256sum "$src/package-lock.json" | cut -d' ' -f1)
have=$(cat "$dir/.installed-lock-sha256" 2>/dev/null || true)
if [ "$want" != "$have" ] || [ ! -d "$dir/node_modules" ]; then
    echo "installing the certificate verifiers (tests/verifiers/package-lock.json) into $dir..." >&2
    started=$SECONDS
    rm -f "$dir/.installed-lock-sha256"
    cp "$src/package.json" "$src/package-lock.json" "$dir/"
    # --include=dev: selftest.mjs needs the dev dependencies even where NODE_ENV=production. --ignore-scripts: none
    # of the pinned packages has an install script, and none may start running one unnoticed.
    npm ci --prefix "$dir" --no-audit --no-fund --include=dev --ignore-scripts >&2
    echo "$want" >"$dir/.installed-lock-sha256"
    echo "installed the certificate verifiers in $((SECONDS - started)) s" >&2
fi

# Copied through a temporary name and renamed, so that a harness already running keeps reading a complete file.
for f in verify.mjs selftest.mjs; do
    if ! cmp -s "$src/$f" "$dir/$f"; then
        cp "$src/$f" "$dir/.$f.tmp"
        mv -f "$dir/.$f.tmp" "$dir/$f"
    fi
done

if $selftest; then
    command -v openssl >/dev/null || { echo "openssl is needed by the self-test (apt-get install openssl)" >&2; exit 1; }
    # The test runner's report goes to stderr; only the command prefix may be on stdout.
    (cd "$dir" && node --test selftest.mjs) >&2
fi

echo "node $dir/verify.mjs"
