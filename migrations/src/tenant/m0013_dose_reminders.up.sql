-- Reminders that a later dose is due: at most one per beneficiary and dose, ever. The key is what keeps a reminder
-- from going twice (every server sweeps; a restart sweeps again); `sent_at` is set, and committed, before the
-- message leaves, so a worker that dies while sending does not send it again either.
CREATE TABLE dose_reminders (
    id             uuid PRIMARY KEY,
    beneficiary_id char(14) NOT NULL REFERENCES beneficiaries (reference_id),
    dose           smallint NOT NULL CHECK (dose > 1),
    due_on         date NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    sent_at        timestamptz,
    UNIQUE (beneficiary_id, dose)
);

-- The outbox carries them.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('certificate.issued', 'dose.reminder'));
