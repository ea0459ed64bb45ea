-- The platform schema: which countries exist, where they are served, what configuration they run.
CREATE TABLE tenants (
    code           char(2) PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    name           text NOT NULL,
    status         text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
    status_reason  text,
    default_locale text NOT NULL,
    locales        text[] NOT NULL,
    time_zone      text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tenant_hostnames (
    hostname    text PRIMARY KEY CHECK (hostname = lower(hostname)),
    tenant_code char(2) NOT NULL REFERENCES tenants (code) ON DELETE CASCADE
);
CREATE INDEX tenant_hostnames_tenant_code_idx ON tenant_hostnames (tenant_code);

-- Every applied configuration, so a ministry can see what changed and when.
CREATE TABLE tenant_config_versions (
    tenant_code char(2) NOT NULL REFERENCES tenants (code) ON DELETE CASCADE,
    version     integer NOT NULL CHECK (version > 0),
    config      jsonb NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now(),
    applied_by  text NOT NULL,
    PRIMARY KEY (tenant_code, version)
);

-- Append-only: no foreign key to tenants, because the log outlives an offboarded tenant.
CREATE TABLE audit_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor       text NOT NULL,
    tenant_code char(2),
    action      text NOT NULL,
    target      text NOT NULL,
    detail      jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_events_tenant_code_idx ON audit_events (tenant_code, occurred_at);

CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only';
END
$$;
CREATE TRIGGER audit_events_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
