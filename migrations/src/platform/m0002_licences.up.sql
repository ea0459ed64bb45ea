-- The MoU licence guard: the licences NHA issued to each country (the signed documents as issued), NHA's
-- signed revocations, and every refusal the guard made.

-- Every licence installed for a tenant; the latest one is in force. Kept after a newer one is installed, so the
-- licence a certificate names can always be found.
CREATE TABLE licences (
    licence_id   text PRIMARY KEY,
    tenant_code  char(2) NOT NULL,
    document     text NOT NULL,
    installed_at timestamptz NOT NULL DEFAULT now(),
    installed_by text NOT NULL
);
CREATE INDEX licences_tenant_code_idx ON licences (tenant_code, installed_at);

-- NHA-signed revocation statements. The signature, not the row, is what the guard trusts.
CREATE TABLE licence_revocations (
    licence_id text PRIMARY KEY,
    document   text NOT NULL,
    revoked_at timestamptz NOT NULL DEFAULT now()
);

-- Append-only, like the audit log: what was refused, where and why.
CREATE TABLE licence_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    tenant_code char(2),
    licence_id  text,
    code        text NOT NULL,
    context     text NOT NULL CHECK (context IN ('apply', 'startup', 'request')),
    hostname    text,
    detail      text NOT NULL
);
CREATE INDEX licence_events_tenant_code_idx ON licence_events (tenant_code, occurred_at);
CREATE TRIGGER licence_events_no_update_or_delete BEFORE UPDATE OR DELETE ON licence_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER licence_events_no_truncate BEFORE TRUNCATE ON licence_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
