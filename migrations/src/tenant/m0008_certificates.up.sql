-- Certificates, issued in the transaction that records their dose; the outbox that renders and announces them.

-- One certificate per dose (a correction revokes it and issues its replacement). The record and its signed
-- forms carry the holder's name, so they are stored sealed (AES-256-GCM with the tenant's key), never in plain text.
CREATE TABLE certificates (
    id                uuid PRIMARY KEY,
    dose_id           uuid NOT NULL REFERENCES doses (id),
    beneficiary_id    text NOT NULL REFERENCES beneficiaries (reference_id),
    licence_id        text,
    issued_at         timestamptz NOT NULL DEFAULT now(),
    payload           bytea NOT NULL,
    revoked_at        timestamptz,
    revocation_reason text,
    replaced_by       uuid REFERENCES certificates (id),
    pdf_object        text,
    CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))
);
CREATE INDEX certificates_dose_id_idx ON certificates (dose_id);
CREATE INDEX certificates_beneficiary_id_idx ON certificates (beneficiary_id, issued_at);
CREATE INDEX certificates_replaced_by_idx ON certificates (replaced_by);
CREATE INDEX certificates_revoked_at_idx ON certificates (revoked_at) WHERE revoked_at IS NOT NULL;

-- Work to do after a commit (render a certificate's PDF, e-mail its holder), written in the same transaction as
-- what caused it, so it is never lost; workers take due rows with FOR UPDATE SKIP LOCKED and retry with backoff.
CREATE TABLE outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('certificate.issued')),
    subject         uuid NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    done_at         timestamptz
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE done_at IS NULL;

-- Where and in which language to tell a citizen their certificate is ready: the e-mail of an e-mail sign-in (or
-- given at the desk), sealed, and the language they signed in with.
ALTER TABLE accounts
    ADD COLUMN email_encrypted bytea,
    ADD COLUMN locale text;
ALTER TABLE otp_transactions
    ADD COLUMN email_encrypted bytea,
    ADD COLUMN locale text;
