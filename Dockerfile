# syntax=docker/dockerfile:1.7
#
# The cowin image: one binary (serve, migrate, tenant, ...) on Debian slim, running as an unprivileged user.
#
#   docker build --build-arg COWIN_NHA_LICENSING_KEYS="$(cat nha-licensing-keys.txt)" -t cowin:$(git rev-parse --short HEAD) .
#   docker run --rm -p 8080:8080 -e COWIN_DATABASE__URL=... -e COWIN_SECURITY__MASTER_KEY=... cowin:<tag>          # serve
#   docker run --rm -e COWIN_DATABASE__URL=... cowin:<tag> migrate                                                  # or any cowin command
#
# Needs BuildKit (the default builder of current Docker). For reproducible production builds pin both base
# images by digest (image@sha256:...) in CI.

ARG RUST_VERSION=1.95
ARG DEBIAN_RELEASE=bookworm

# ---------------------------------------------------------------------------------------------------------
# Build the server.
FROM rust:${RUST_VERSION}-${DEBIAN_RELEASE} AS builder

# NHA's production licensing public keys, compiled into the binary (comma-separated kid:x, as printed by
# `cowin licence keygen`). A binary without them blocks every country, so the build refuses to make one unless
# ALLOW_NO_LICENSING_KEYS=true (development and staging images).
ARG COWIN_NHA_LICENSING_KEYS=""
ARG ALLOW_NO_LICENSING_KEYS=false
# The CA bundle that signs RDS server certificates, for sslmode=verify-full (terraform/modules/database).
ARG RDS_CA_BUNDLE_URL=https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem

WORKDIR /src
COPY . .

RUN if [ -z "$COWIN_NHA_LICENSING_KEYS" ] && [ "$ALLOW_NO_LICENSING_KEYS" != "true" ]; then \
        echo "COWIN_NHA_LICENSING_KEYS is empty: the binary would block every tenant. Pass the keys, or ALLOW_NO_LICENSING_KEYS=true for a non-production image." >&2; \
        exit 1; \
    fi

# The registry and target folders are BuildKit caches: a rebuild after a source change recompiles only the
# workspace crates. The binary is copied out because cache mounts are not part of the image.
RUN --mount=type=cache,target=/usr/local/cargo/registry,sharing=locked \
    --mount=type=cache,target=/usr/local/cargo/git,sharing=locked \
    --mount=type=cache,target=/src/target,sharing=locked \
    COWIN_NHA_LICENSING_KEYS="$COWIN_NHA_LICENSING_KEYS" cargo build --release --locked --bin cowin \
    && install -D -m 0755 target/release/cowin /out/bin/cowin

# What the runtime stage copies besides the binary, gathered here so it can be copied in one piece:
#  - the country folders (tenant.toml, licence, branding) but not the configuration crate's sources nor the
#    published development licensing key;
#  - the RDS CA bundle.
RUN mkdir -p /out/tenant-config /out/certs \
    && for folder in tenant-config/*/; do \
           if [ -f "${folder}tenant.toml" ]; then cp -a "$folder" /out/tenant-config/; fi; \
       done \
    && curl --fail --silent --show-error --location --proto '=https' --tlsv1.2 \
            --output /out/certs/rds-global-bundle.pem "$RDS_CA_BUNDLE_URL" \
    && grep -q "BEGIN CERTIFICATE" /out/certs/rds-global-bundle.pem

# ---------------------------------------------------------------------------------------------------------
# The admin console: locked npm dependencies (no browser download: Playwright is only for its tests), built with
# Vite. It reads its translations from ../locales, the same Fluent files the server serves.
FROM node:20-${DEBIAN_RELEASE}-slim AS console
WORKDIR /src/admin-console
COPY admin-console/package.json admin-console/package-lock.json ./
RUN PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
COPY locales /src/locales
COPY admin-console/ ./
RUN npm run build

# ---------------------------------------------------------------------------------------------------------
# Runtime: the binary, translations, country folders, console assets and CA bundles; nothing to build with.
FROM debian:${DEBIAN_RELEASE}-slim AS runtime

# ca-certificates: TLS to S3, SES, the SMS gateway. curl: the HEALTHCHECK below and ECS's container health
# check (the binary has no health-check command; curl is a small, well-maintained Debian package).
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/*

# A fixed UID/GID (10001), matching `user` in the ECS task definition, so volume permissions are predictable.
RUN groupadd --system --gid 10001 cowin \
    && useradd --system --uid 10001 --gid cowin --home-dir /app --no-create-home --shell /usr/sbin/nologin cowin

WORKDIR /app

# Everything is owned by root and only readable by the server: it cannot change its own code or configuration.
COPY --from=builder /out/bin/cowin /usr/local/bin/cowin
COPY --from=builder /out/certs/rds-global-bundle.pem /etc/ssl/certs/rds-global-bundle.pem
COPY --from=builder /out/tenant-config /app/tenant-config
COPY --from=console /src/admin-console/dist /app/admin-console/dist
COPY locales /app/locales
COPY --chmod=0755 docker/entrypoint.sh /usr/local/bin/cowin-entrypoint

# Container defaults (each can be overridden by the environment): listen on every interface, JSON logs,
# translations from the image, temporary files (onboarding unpacks uploads) in /tmp, which stays writable when
# the root file system is mounted read-only.
ENV COWIN_SERVER__HOST=0.0.0.0 \
    COWIN_SERVER__PORT=8080 \
    COWIN_LOG__FORMAT=json \
    COWIN_LOCALES_DIR=/app/locales \
    TMPDIR=/tmp

# /tmp as a volume: Docker gives `--read-only` containers a writable /tmp, and on Fargate the task's bind
# mount at /tmp starts as a copy of this directory, so it keeps mode 1777 (a bare Fargate bind mount is
# root-owned 0755, which the unprivileged user could not write to).
RUN chmod 1777 /tmp
VOLUME ["/tmp"]

USER 10001:10001
EXPOSE 8080

# Liveness only: /healthz answers while the process serves. Readiness (database up, schemas migrated) is
# /readyz, for the load balancer.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD curl --fail --silent --output /dev/null --max-time 3 "http://127.0.0.1:${COWIN_SERVER__PORT}/healthz" || exit 1

ENTRYPOINT ["/usr/local/bin/cowin-entrypoint"]
CMD ["serve"]
