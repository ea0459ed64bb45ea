-- A country's reference data, seeded from its tenant.toml. Localised names are jsonb maps from locale
-- tag to text. Ids come from the configuration (CoWIN's state and district ids), so they are stable
-- across re-applies; rows that leave the configuration are deactivated, never deleted.
CREATE TABLE states (
    id     integer PRIMARY KEY,
    name   jsonb NOT NULL,
    active boolean NOT NULL DEFAULT true
);

CREATE TABLE districts (
    id           integer PRIMARY KEY,
    state_id     integer NOT NULL REFERENCES states (id),
    name         jsonb NOT NULL,
    postal_codes text[] NOT NULL DEFAULT '{}',
    active       boolean NOT NULL DEFAULT true
);
CREATE INDEX districts_state_id_idx ON districts (state_id);

CREATE TABLE facilities (
    id           bigint PRIMARY KEY,
    district_id  integer NOT NULL REFERENCES districts (id),
    name         jsonb NOT NULL,
    block        jsonb NOT NULL,
    address      text NOT NULL,
    postal_code  text NOT NULL,
    lat          double precision NOT NULL,
    long         double precision NOT NULL,
    opens        time NOT NULL,
    closes       time NOT NULL,
    fee_type     text NOT NULL CHECK (fee_type IN ('Free', 'Paid')),
    vaccine_fees jsonb NOT NULL DEFAULT '[]',
    active       boolean NOT NULL DEFAULT true
);
CREATE INDEX facilities_district_id_idx ON facilities (district_id);
CREATE INDEX facilities_postal_code_idx ON facilities (postal_code);

CREATE TABLE genders (
    id     integer PRIMARY KEY,
    code   text NOT NULL UNIQUE,
    name   jsonb NOT NULL,
    active boolean NOT NULL DEFAULT true
);

CREATE TABLE id_document_types (
    id      integer PRIMARY KEY,
    code    text NOT NULL UNIQUE,
    name    jsonb NOT NULL,
    pattern text NOT NULL,
    active  boolean NOT NULL DEFAULT true
);

CREATE TABLE vaccines (
    code             text PRIMARY KEY,
    name             text NOT NULL,
    manufacturer     text NOT NULL,
    atc              text,
    dcc_product      text,
    dcc_manufacturer text,
    cvx              text,
    active           boolean NOT NULL DEFAULT true
);

-- One row per version of a vaccine's rules; a dose is judged by the version in force on its date.
CREATE TABLE vaccine_rule_sets (
    vaccine_code   text NOT NULL REFERENCES vaccines (code),
    version        integer NOT NULL CHECK (version > 0),
    effective_from date NOT NULL,
    rules          jsonb NOT NULL,
    PRIMARY KEY (vaccine_code, version)
);
