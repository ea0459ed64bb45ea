-- Hardening after a review.
--
-- An OTP goes only to a destination bound to its account: the transaction names that account (none when the
-- OTP verifies the address of a new account), the channel it went by, and what confirming it does.
ALTER TABLE otp_transactions
    ADD COLUMN purpose    text NOT NULL DEFAULT 'sign_in' CHECK (purpose IN ('sign_in', 'email_change')),
    ADD COLUMN account_id uuid REFERENCES accounts (id),
    ADD COLUMN channel    text NOT NULL DEFAULT 'sms' CHECK (channel IN ('sms', 'email'));
CREATE INDEX otp_transactions_account_id_idx ON otp_transactions (account_id) WHERE account_id IS NOT NULL;

-- Identity document numbers are hashed in their canonical form (no separators, upper case). Rows written before
-- are marked false and re-hashed by `cowin migrate`, which holds the keys; new rows are canonical from the start.
ALTER TABLE beneficiaries ADD COLUMN id_number_canonical boolean NOT NULL DEFAULT false;
ALTER TABLE beneficiaries ALTER COLUMN id_number_canonical SET DEFAULT true;
CREATE INDEX beneficiaries_id_number_not_canonical_idx ON beneficiaries (reference_id) WHERE NOT id_number_canonical;
