#!/usr/bin/env bash
# Makes sure Debian's Chromium (and fonts for every console language: Latin, Cyrillic, Arabic, Devanagari, Bengali)
# is installed for the admin console's browser tests, which drive it through Playwright; no browser is downloaded
# from elsewhere. Idempotent: does nothing when /usr/bin/chromium exists. Prints the Chromium path as its last line.
set -euo pipefail

chromium="${CHROMIUM:-/usr/bin/chromium}"

if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Chromium is missing and installing it needs root: apt-get install chromium fonts-noto-core fonts-noto-cjk fonts-noto-extra" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends chromium fonts-noto-core fonts-noto-cjk fonts-noto-extra >&2
fi

"$chromium" --version >&2
echo "$chromium"
