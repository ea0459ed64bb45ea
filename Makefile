# CoWIN Global: two commands.
#   make demo   installs/starts PostgreSQL if needed, migrates, applies the demo countries, serves on 127.0.0.1:8080
#   make test   every test, exactly what CI runs
# More: make lint (fmt + clippy), make bench (benchmarks into BENCHMARKS.md), make bench-scale (the same workloads
# on a tenant of ten million people, generated once with COPY and kept; ~20 GB of disk).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
CARGO ?= cargo
DEMO_DB ?= cowin
DEMO_TENANTS := tenant-config/IN tenant-config/BR tenant-config/EG tenant-config/UZ tenant-config/KE tenant-config/SN
# The demo's NHA administrator (a development password, like the development master key).
DEMO_NHA_EMAIL ?= nha@cowin.localhost
DEMO_NHA_PASSWORD ?= demo-nha-password
# The demo staff's password (ministry, district and vaccinator of every country; development installs only).
DEMO_STAFF_PASSWORD ?= demo-staff-password
# Where cargo puts binaries (honours CARGO_TARGET_DIR).
CARGO_TARGET = $(CARGO) metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])'

.PHONY: demo test lint bench bench-scale console-api

demo:
	@server=$$(scripts/ensure-postgres.sh | tail -1); \
	read -r smtp mail_api < <(scripts/ensure-smtp.sh | tail -1); \
	psql "$$server/postgres" -XtAc "SELECT 1 FROM pg_database WHERE datname = '$(DEMO_DB)'" | grep -q 1 \
	  || psql "$$server/postgres" -Xqc "CREATE DATABASE $(DEMO_DB)"; \
	export COWIN_DATABASE__URL="$$server/$(DEMO_DB)" COWIN_SMTP__URL="$$smtp" COWIN_SECURITY__ALLOW_DEVELOPMENT_KEY=true; \
	export COWIN_OBJECTS__LOCAL_DIR="$(CURDIR)/.demo/objects"; \
	$(CARGO) build --bin cowin; \
	cowin=$$($(CARGO_TARGET) )/debug/cowin; \
	$$cowin migrate; \
	$$cowin tenant apply $(DEMO_TENANTS); \
	$$cowin demo seed --days 7; \
	echo "$(DEMO_NHA_PASSWORD)" | $$cowin nha add-user --email $(DEMO_NHA_EMAIL) --name "NHA demo administrator" >/dev/null; \
	scripts/console-build.sh >/dev/null; \
	echo "Admin console for NHA: http://127.0.0.1:8080/platform/console/  as $(DEMO_NHA_EMAIL) / $(DEMO_NHA_PASSWORD)"; \
	$$cowin demo staff --password "$(DEMO_STAFF_PASSWORD)" | while IFS=$$'\t' read -r code role email; do \
	  echo "Admin console for $$code: http://127.0.0.1:8080/t/$${code,,}/console/  $$role $$email / $(DEMO_STAFF_PASSWORD)"; \
	done; \
	echo "Citizen portals: http://127.0.0.1:8080/t/in/  /t/br/  /t/eg/  /t/uz/  /t/ke/  /t/sn/  (or each country's hostname)"; \
	echo "OTP e-mails (Brazil): $$mail_api  ·  OTP SMS (India, Egypt, Uzbekistan, Kenya, Senegal): printed in this log (development SMS provider)"; \
	exec $$cowin serve

test:
	@scripts/check-deployment.sh
	@server=$$(scripts/ensure-postgres.sh | tail -1); \
	psql "$$server/postgres" -XtAc "SELECT datname FROM pg_database WHERE datname LIKE 'cowin\_test\_%' OR datname LIKE 'cowin\_bench\_%'" \
	  | while read -r db; do [ -n "$$db" ] && psql "$$server/postgres" -Xqc "DROP DATABASE IF EXISTS $$db WITH (FORCE)"; done; \
	export TEST_POSTGRES_ADMIN_URL="$$server/postgres"; \
	read -r smtp mail_api < <(scripts/ensure-smtp.sh | tail -1); \
	export TEST_SMTP_URL="$$smtp" TEST_SMTP_API="$$mail_api"; \
	read -r s3 s3_key s3_secret < <(scripts/ensure-s3.sh | tail -1); \
	export TEST_S3_ENDPOINT="$$s3" TEST_S3_ACCESS_KEY="$$s3_key" TEST_S3_SECRET_KEY="$$s3_secret"; \
	export TEST_VERIFIER="$$(scripts/ensure-verifiers.sh --selftest | tail -1)"; \
	export TEST_SCHEMATHESIS="$$(scripts/ensure-schemathesis.sh | tail -1)"; \
	scripts/ensure-bench-tools.sh; \
	export TEST_PDFTOTEXT="$$(scripts/ensure-pdftotext.sh | tail -1)"; \
	scripts/console-build.sh --check >/dev/null; \
	$(CARGO) test --workspace --all-targets; \
	scripts/console-e2e.sh "$$($(CARGO_TARGET) )/debug/cowin"

# The console's copy of the OpenAPI documents, which its typed client is generated from (a test fails when stale).
console-api:
	$(CARGO) build --bin cowin
	target=$$($(CARGO_TARGET) ); \
	"$$target/debug/cowin" openapi tenant > admin-console/openapi/tenant.json; \
	"$$target/debug/cowin" openapi platform > admin-console/openapi/platform.json

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

bench:
	@server=$$(scripts/ensure-postgres.sh | tail -1); \
	scripts/ensure-bench-tools.sh; \
	$(CARGO) build --release --bin cowin --bin cowin-bench; \
	target=$$($(CARGO_TARGET) ); \
	$(CARGO) run --release -p cowin-bench -- --admin-url "$$server/postgres" onboarding --tenants 200; \
	$(CARGO) run --release -p cowin-bench -- --admin-url "$$server/postgres" availability --cowin "$$target/release/cowin"; \
	$(CARGO) run --release -p cowin-bench -- --admin-url "$$server/postgres" portal --cowin "$$target/release/cowin"; \
	$(CARGO) run --release -p cowin-bench -- --admin-url "$$server/postgres" doses --cowin "$$target/release/cowin"; \
	$(CARGO) run --release -p cowin-bench -- --admin-url "$$server/postgres" reports --cowin "$$target/release/cowin"; \
	$(CARGO) run --release -p cowin-bench -- --admin-url "$$server/postgres" import --cowin "$$target/release/cowin"; \
	$(CARGO) run --release -p cowin-bench -- --admin-url "$$server/postgres" verification --cowin "$$target/release/cowin"; \
	$(CARGO) run --release -p cowin-bench -- --admin-url "$$server/postgres" booking --cowin "$$target/release/cowin"; \
	$(CARGO) run --release -p cowin-bench -- --admin-url "$$server/postgres" sign-in --cowin "$$target/release/cowin"; \
	$(CARGO) run --release -p cowin-bench -- --admin-url "$$server/postgres" memory --cowin "$$target/release/cowin"; \
	$(CARGO) run --release -p cowin-bench -- --admin-url "$$server/postgres" certificates --cowin "$$target/release/cowin" --s3 "$$(scripts/ensure-s3.sh | tail -1)"

# The data-scale rows: a tenant of ten million people (built with COPY the first time, then kept as the database
# cowin_scale_bench), measured beside an empty tenant. Not part of `make bench`: the first build takes a while.
bench-scale:
	@server=$$(scripts/ensure-postgres.sh | tail -1); \
	scripts/ensure-bench-tools.sh; \
	$(CARGO) build --release --bin cowin --bin cowin-bench; \
	target=$$($(CARGO_TARGET) ); \
	$(CARGO) run --release -p cowin-bench -- --admin-url "$$server/postgres" scale --cowin "$$target/release/cowin"
