-- NHA's administrators: they sign in to the platform domain only, never to a country's API. E-mail addresses are
-- kept as a keyed hash (to find the account) and sealed (to write to it), like every other address.
CREATE TABLE nha_users (
    id              uuid PRIMARY KEY,
    email_hash      bytea NOT NULL UNIQUE,
    email_encrypted bytea NOT NULL,
    name            text NOT NULL,
    password_hash   text NOT NULL,
    active          boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now()
);
