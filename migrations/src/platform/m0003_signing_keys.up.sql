-- Every country's certificate signing keys, and the platform's own (the NHA trust list's). Public halves stay
-- published after rotation, so what a key signed stays verifiable; private halves are sealed with the master key
-- (a key-wrapping key from configuration, or a KMS) and erased when a key is retired.
CREATE TABLE signing_keys (
    id                    uuid PRIMARY KEY,
    tenant_code           char(2),
    purpose               text NOT NULL CHECK (purpose IN ('csca', 'dsc', 'shc', 'vc', 'trust-list')),
    kid                   text NOT NULL,
    public_key            bytea NOT NULL,
    certificate           bytea,
    private_key_sealed    bytea,
    created_at            timestamptz NOT NULL DEFAULT now(),
    retired_at            timestamptz,
    CHECK ((tenant_code IS NULL) = (purpose = 'trust-list')),
    CHECK (retired_at IS NULL OR private_key_sealed IS NULL OR purpose = 'csca')
);
CREATE UNIQUE INDEX signing_keys_kid_idx ON signing_keys (purpose, kid);
CREATE UNIQUE INDEX signing_keys_one_active_idx ON signing_keys (COALESCE(tenant_code, '--'), purpose) WHERE retired_at IS NULL;
CREATE INDEX signing_keys_tenant_code_idx ON signing_keys (tenant_code);

-- Daily activity per tenant, without personal data. Rows are sharded so concurrent requests of one tenant do not
-- queue on one counter row; readers sum the shards.
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
