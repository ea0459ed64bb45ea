#!/usr/bin/env bash
# Static checks of the deployment code (terraform/, Dockerfile, docker/):
#   1. terraform fmt -check over terraform/;
#   2. checkov over terraform/ (framework terraform) and over the Dockerfile (framework dockerfile);
#   3. when a local copy of the AWS provider is available (COWIN_TF_PLUGIN_DIR, else /opt/tf-plugins), also
#      terraform validate of the root module and both examples, and terraform test (tests/*.tftest.hcl, the
#      AWS provider mocked), all in a temporary copy so no .terraform folder or lock file lands in the tree;
#   4. shellcheck of the entry point, when shellcheck is installed.
# Runs every step and exits non-zero if any failed. Checks that cannot pass are skipped where they apply, with
# an inline `#checkov:skip=CKV_...:reason` comment; this script skips none.
set -euo pipefail

cd "$(dirname "$0")/.."
started=$SECONDS
failed=()

step() { echo "== $*" >&2; }
took() { echo "   ($(( SECONDS - $1 )) s)" >&2; }

command -v terraform >/dev/null || { echo "terraform is needed (terraform fmt)" >&2; exit 1; }
# A CLI configuration named but missing only makes every terraform command print a warning.
if [ -n "${TF_CLI_CONFIG_FILE:-}" ] && [ ! -e "$TF_CLI_CONFIG_FILE" ]; then
    unset TF_CLI_CONFIG_FILE
fi

step "terraform fmt -check -recursive terraform"
t=$SECONDS
if ! terraform fmt -check -recursive terraform; then
    echo "   terraform fmt: the files above need \`terraform fmt -recursive terraform\`" >&2
    failed+=("terraform fmt")
fi
took "$t"

checkov=$(scripts/ensure-checkov.sh | tail -n 1)
checkov_args=(--compact --quiet --skip-download)

step "checkov --framework terraform --directory terraform"
t=$SECONDS
"$checkov" --directory terraform --framework terraform "${checkov_args[@]}" || failed+=("checkov terraform")
took "$t"

step "checkov --framework dockerfile --file Dockerfile"
t=$SECONDS
"$checkov" --file Dockerfile --framework dockerfile "${checkov_args[@]}" || failed+=("checkov dockerfile")
took "$t"

plugins="${COWIN_TF_PLUGIN_DIR:-/opt/tf-plugins}"
if [ -d "$plugins/registry.terraform.io/hashicorp/aws" ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    cp -r terraform "$work/terraform"
    find "$work/terraform" \( -name .terraform -o -name .terraform.lock.hcl \) -prune -exec rm -rf {} +
    # Providers come only from the local copy: no registry is asked.
    cat >"$work/cli.tfrc" <<TFRC
provider_installation {
  filesystem_mirror {
    path    = "$plugins"
    include = ["registry.terraform.io/hashicorp/*"]
  }
  direct {
    exclude = ["registry.terraform.io/*/*"]
  }
}
TFRC
    export TF_CLI_CONFIG_FILE="$work/cli.tfrc"
    export TF_IN_AUTOMATION=1
    for dir in . examples/single-country examples/multi-country; do
        step "terraform validate terraform/$dir"
        t=$SECONDS
        if ! (cd "$work/terraform/$dir" && terraform init -backend=false -input=false -no-color >"$work/init.log" 2>&1); then
            cat "$work/init.log" >&2
            failed+=("terraform init $dir")
        elif ! (cd "$work/terraform/$dir" && terraform validate -no-color); then
            failed+=("terraform validate $dir")
        fi
        took "$t"
    done
    step "terraform test (AWS provider mocked)"
    t=$SECONDS
    (cd "$work/terraform" && terraform test -no-color) || failed+=("terraform test")
    took "$t"
else
    step "terraform validate and terraform test: no local AWS provider under $plugins (set COWIN_TF_PLUGIN_DIR); not run"
fi

if command -v shellcheck >/dev/null; then
    step "shellcheck docker/entrypoint.sh scripts/ensure-checkov.sh scripts/check-deployment.sh"
    shellcheck docker/entrypoint.sh scripts/ensure-checkov.sh scripts/check-deployment.sh || failed+=("shellcheck")
fi

if [ "${#failed[@]}" -gt 0 ]; then
    echo "FAILED (${#failed[@]}): ${failed[*]} ($(( SECONDS - started )) s)" >&2
    exit 1
fi
echo "deployment checks passed ($(( SECONDS - started )) s)" >&2
