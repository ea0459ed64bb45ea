-- Credentials a country's own services need (its SMS gateway's, for one): sealed by the key-wrapping key of the
-- tenant, named in tenant.toml, set only from standard input (`cowin tenant secret set`), never shown back.
-- Offboarding deletes the tenant's row, and these with it.
CREATE TABLE tenant_secrets (
    tenant_code char(2) NOT NULL REFERENCES tenants (code) ON DELETE CASCADE,
    name        text NOT NULL CHECK (name ~ '^[a-z][a-z0-9-]{0,62}$'),
    sealed      bytea NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_code, name)
);
