-- A passport number a citizen adds to a member's certificates for travel (CoWIN's "add passport details"): sealed,
-- never in plain text; the certificates reissued with it show it in full, as border checks need.
ALTER TABLE beneficiaries ADD COLUMN passport_encrypted bytea;
