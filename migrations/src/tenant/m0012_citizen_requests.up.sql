-- What citizens ask of the ministry: a correction of a member's name, year of birth or gender, or a grievance (a
-- wrong dose recorded, a certificate not generated, anything else). Each has a tracking number the citizen sees
-- and a status staff move on; every step is also in the platform audit log.
CREATE TABLE citizen_requests (
    id              uuid PRIMARY KEY,
    tracking_number text NOT NULL UNIQUE,
    account_id      uuid NOT NULL REFERENCES accounts (id),
    beneficiary_id  char(14) NOT NULL REFERENCES beneficiaries (reference_id),
    kind            text NOT NULL CHECK (kind IN ('name', 'birth_year', 'gender', 'wrong_dose', 'no_certificate', 'other')),
    -- The corrected value a correction asks for (a name, a year, a gender id); none for a grievance.
    requested_value text,
    details         text NOT NULL DEFAULT '',
    status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'approved', 'resolved', 'rejected')),
    staff_note      text,
    decided_by      uuid,
    created_at      timestamptz NOT NULL DEFAULT now(),
    decided_at      timestamptz
);
CREATE INDEX citizen_requests_account_idx ON citizen_requests (account_id, created_at DESC);
CREATE INDEX citizen_requests_status_idx ON citizen_requests (status, created_at);
CREATE INDEX citizen_requests_beneficiary_idx ON citizen_requests (beneficiary_id);
