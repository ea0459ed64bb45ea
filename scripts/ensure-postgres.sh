#!/usr/bin/env bash
# Makes sure a PostgreSQL server with trust auth for user postgres is reachable, and prints its base URL
# (without database) as the last line of output. Idempotent.
#
# 1. A server already answering on 127.0.0.1:5432 as postgres without a password (the project's machines):
#    use it.
# 2. Otherwise install Debian's postgresql if missing, and start a throwaway cluster with trust auth in
#    ${COWIN_CACHE:-$HOME/.cache/cowin}/pgdata on port 5433 (the packaged cluster uses peer/password auth).
set -euo pipefail

cache="${COWIN_CACHE:-$HOME/.cache/cowin}"
port_system="${COWIN_SYSTEM_PG_PORT:-5432}"  # overridable to exercise the fallback
port_own=5433

answers() { psql "postgres://postgres@127.0.0.1:$1/postgres" -XtAc 'SELECT 1' >/dev/null 2>&1; }

if command -v psql >/dev/null && answers "$port_system"; then
    echo "postgres://postgres@127.0.0.1:$port_system"
    exit 0
fi

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "PostgreSQL is not installed; installing Debian's postgresql..." >&2
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >&2
fi

# A packaged cluster that is installed but stopped may already allow trust for local TCP.
if command -v pg_lsclusters >/dev/null && [ "$(id -u)" -eq 0 ]; then
    version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1 || true)
    if [ -n "$version" ]; then
        pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 2>/dev/null || true
        if answers "$port_system"; then
            echo "postgres://postgres@127.0.0.1:$port_system"
            exit 0
        fi
    fi
fi

bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
data="$cache/pgdata"
mkdir -p "$cache"
run_as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres:postgres "$cache/pgdata" "$cache/pgsock" 2>/dev/null || true
        su postgres -s /bin/bash -c "$*"
    else
        bash -c "$*"
    fi
}
if [ ! -s "$data/PG_VERSION" ]; then
    mkdir -p "$data" "$cache/pgsock"
    [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$data" "$cache/pgsock" && chmod 755 "$cache"
    run_as_postgres "'$bin/initdb' -D '$data' -A trust -U postgres -E UTF8" >&2
fi
if ! answers "$port_own"; then
    mkdir -p "$cache/pgsock"
    run_as_postgres "'$bin/pg_ctl' -D '$data' -l '$data/server.log' -o \"-p $port_own -k '$cache/pgsock' -c listen_addresses=127.0.0.1\" -w start" >&2
fi
answers "$port_own" || { echo "could not start PostgreSQL; see $data/server.log" >&2; exit 1; }
echo "postgres://postgres@127.0.0.1:$port_own"
