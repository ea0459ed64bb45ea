#!/usr/bin/env bash
# Installs pdftotext (Debian's poppler-utils), the outside reader the certificate tests extract the PDFs' text
# layer with, if it is missing; prints its path. Idempotent.
set -euo pipefail
if ! command -v pdftotext >/dev/null; then
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq poppler-utils >&2
fi
command -v pdftotext
