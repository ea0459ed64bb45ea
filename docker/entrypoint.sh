#!/bin/sh
# Entry point of the cowin image. The arguments are a cowin command line (default: serve):
#
#   docker run IMAGE                        -> cowin serve
#   docker run IMAGE migrate                -> cowin migrate
#   docker run IMAGE tenant apply tenant-config/LK
#
# With COWIN_MIGRATE_ON_START=true, `serve` first runs `cowin migrate` and starts serving only if every schema
# migrated (migrate exits non-zero when one fails, and a server on an unmigrated schema would answer 503 on
# /readyz anyway). Migrations take a lock per schema and are idempotent, so several containers starting at once
# are safe; on ECS the deployment instead runs migrate once as a one-off task before the rollout
# (terraform/README.md), which keeps the tasks' start fast.
#
# With COWIN_STDIN set (on ECS: injected from Secrets Manager), its value is written to the command's standard
# input and removed from its environment: `cowin nha add-user` reads the administrator's password there, and a
# one-off ECS task has no terminal to type it into.
#
# To run something other than cowin (a shell for debugging), override the entry point: --entrypoint sh.
set -eu

if [ "$#" -eq 0 ]; then
    set -- serve
fi

case "${COWIN_MIGRATE_ON_START:-false}" in
    true | TRUE | 1 | yes)
        if [ "$1" = "serve" ]; then
            echo "cowin-entrypoint: COWIN_MIGRATE_ON_START is set: running cowin migrate before serve" >&2
            /usr/local/bin/cowin migrate
        fi
        ;;
    false | FALSE | 0 | no | "") ;;
    *)
        echo "cowin-entrypoint: COWIN_MIGRATE_ON_START must be true or false, not '${COWIN_MIGRATE_ON_START}'" >&2
        exit 64
        ;;
esac

if [ -n "${COWIN_STDIN+set}" ]; then
    stdin=$COWIN_STDIN
    unset COWIN_STDIN
    # printf is a shell builtin: the value never appears in a process's argument list.
    printf '%s\n' "$stdin" | /usr/local/bin/cowin "$@"
    exit 0
fi

# exec: cowin becomes the process that receives SIGTERM and drains its connections.
exec /usr/local/bin/cowin "$@"
