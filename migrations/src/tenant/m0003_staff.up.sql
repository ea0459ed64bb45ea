-- Staff of the ministry: who they are (e-mail as keyed hash + ciphertext), which role they hold and where.
-- Roles and their permissions are casbin policy; the role and scope of each person live here.
CREATE TABLE staff (
    id              uuid PRIMARY KEY,
    email_hash      bytea NOT NULL UNIQUE,
    email_encrypted bytea NOT NULL,
    name            text NOT NULL,
    role            text NOT NULL CHECK (role IN ('tenant_admin', 'district_admin', 'facility_manager', 'vaccinator', 'verifier', 'partner_app')),
    district_ids    integer[] NOT NULL DEFAULT '{}',
    facility_ids    bigint[] NOT NULL DEFAULT '{}',
    password_hash   text,
    active          boolean NOT NULL DEFAULT true,
    invited_by      uuid REFERENCES staff (id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_invited_by_idx ON staff (invited_by);

-- An invitation is a single-use secret sent by e-mail; only its hash is kept.
CREATE TABLE staff_invitations (
    token_hash  bytea PRIMARY KEY,
    staff_id    uuid NOT NULL REFERENCES staff (id),
    expires_at  timestamptz NOT NULL,
    accepted_at timestamptz
);
CREATE INDEX staff_invitations_staff_id_idx ON staff_invitations (staff_id);
