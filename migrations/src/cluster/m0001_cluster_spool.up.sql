-- Schema `platform` on a cluster other than the platform's holds only what a tenant transaction writes beside its
-- tenant's schema, so that it commits with the tenant's change: usage counters (readers sum every cluster's) and
-- audit entries (relayed to the platform's append-only log, then deleted here).

-- The shape of the platform's usage_daily (platform m0003).
CREATE TABLE usage_daily (
    tenant_code   char(2) NOT NULL,
    day           date NOT NULL,
    shard         smallint NOT NULL CHECK (shard BETWEEN 0 AND 15),
    registrations bigint NOT NULL DEFAULT 0,
    bookings      bigint NOT NULL DEFAULT 0,
    doses         bigint NOT NULL DEFAULT 0,
    certificates  bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_code, day, shard)
);

-- The columns of the platform's audit_events that a tenant transaction writes; a spool, so not append-only.
CREATE TABLE audit_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor       text NOT NULL,
    tenant_code char(2),
    action      text NOT NULL,
    target      text NOT NULL,
    detail      jsonb NOT NULL DEFAULT '{}'
);
