-- Citizens, sessions and bookings. Personal data is stored only as a keyed hash (for lookups and
-- uniqueness) plus AES-GCM ciphertext (to show it back masked); never in plain text.

-- A vaccination session: one facility, one day, one vaccine, capacity per dose.
-- Dose 1 has its own pool; second, later and booster doses share the other (as CoWIN's dose1/dose2).
CREATE TABLE sessions (
    id             uuid PRIMARY KEY,
    facility_id    bigint NOT NULL REFERENCES facilities (id),
    date           date NOT NULL,
    vaccine_code   text NOT NULL REFERENCES vaccines (code),
    min_age        smallint NOT NULL CHECK (min_age >= 0),
    max_age        smallint CHECK (max_age IS NULL OR max_age >= min_age),
    capacity_dose1 integer NOT NULL CHECK (capacity_dose1 >= 0),
    capacity_dose2 integer NOT NULL CHECK (capacity_dose2 >= 0),
    booked_dose1   integer NOT NULL DEFAULT 0 CHECK (booked_dose1 >= 0 AND booked_dose1 <= capacity_dose1),
    booked_dose2   integer NOT NULL DEFAULT 0 CHECK (booked_dose2 >= 0 AND booked_dose2 <= capacity_dose2),
    slots          text[] NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (facility_id, date, vaccine_code)
);
CREATE INDEX sessions_date_idx ON sessions (date);
CREATE INDEX sessions_vaccine_code_idx ON sessions (vaccine_code);

-- One account per mobile number.
CREATE TABLE accounts (
    id               uuid PRIMARY KEY,
    mobile_hash      bytea NOT NULL UNIQUE,
    mobile_encrypted bytea NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now()
);

-- A one-time password in flight: only its keyed hash is kept; the mobile is sealed until confirmation
-- creates or finds the account.
CREATE TABLE otp_transactions (
    id               uuid PRIMARY KEY,
    mobile_hash      bytea NOT NULL,
    mobile_encrypted bytea NOT NULL,
    otp_hash     bytea NOT NULL,
    expires_at   timestamptz NOT NULL,
    attempts     smallint NOT NULL DEFAULT 0,
    confirmed_at timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX otp_transactions_mobile_hash_idx ON otp_transactions (mobile_hash, created_at);

CREATE TABLE beneficiaries (
    reference_id        char(14) PRIMARY KEY CHECK (reference_id ~ '^[1-9][0-9]{13}$'),
    account_id          uuid NOT NULL REFERENCES accounts (id),
    name                text NOT NULL,
    birth_year          smallint NOT NULL,
    gender_id           integer NOT NULL REFERENCES genders (id),
    id_document_type    integer NOT NULL REFERENCES id_document_types (id),
    id_number_hash      bytea NOT NULL,
    id_number_encrypted bytea NOT NULL,
    comorbidity         boolean NOT NULL DEFAULT false,
    consent_version     text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    deleted_at          timestamptz
);
CREATE INDEX beneficiaries_account_id_idx ON beneficiaries (account_id) WHERE deleted_at IS NULL;
CREATE INDEX beneficiaries_gender_id_idx ON beneficiaries (gender_id);
-- The same document cannot be registered twice in a tenant while its holder is registered.
CREATE UNIQUE INDEX beneficiaries_id_document_unique ON beneficiaries (id_document_type, id_number_hash) WHERE deleted_at IS NULL;

-- Doses given (recorded by vaccinators; booking reads them to enforce order, interval and vaccine).
CREATE TABLE doses (
    id             uuid PRIMARY KEY,
    beneficiary_id char(14) NOT NULL REFERENCES beneficiaries (reference_id),
    dose           smallint NOT NULL CHECK (dose > 0),
    vaccine_code   text NOT NULL REFERENCES vaccines (code),
    given_on       date NOT NULL,
    session_id     uuid REFERENCES sessions (id),
    created_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (beneficiary_id, dose)
);
CREATE INDEX doses_vaccine_code_idx ON doses (vaccine_code);
CREATE INDEX doses_session_id_idx ON doses (session_id);

-- One booking (`appointment_id`) may cover several beneficiaries of an account, as in CoWIN.
CREATE TABLE appointments (
    id             uuid NOT NULL,
    session_id     uuid NOT NULL REFERENCES sessions (id),
    beneficiary_id char(14) NOT NULL REFERENCES beneficiaries (reference_id),
    dose           smallint NOT NULL CHECK (dose > 0),
    slot           text NOT NULL,
    status         text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled', 'completed')),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, beneficiary_id)
);
CREATE INDEX appointments_session_id_idx ON appointments (session_id);
-- At most one live appointment per beneficiary and dose.
CREATE UNIQUE INDEX appointments_one_per_dose ON appointments (beneficiary_id, dose) WHERE status = 'booked';
CREATE INDEX appointments_beneficiary_id_idx ON appointments (beneficiary_id);
