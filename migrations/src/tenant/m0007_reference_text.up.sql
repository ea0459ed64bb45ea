-- Beneficiary references were char(14). Queries bind them as text, and `char = text` compares through a cast
-- that cannot use the char index: every lookup by reference scanned the table (measured: ~300 ms per dose
-- with 200,000 beneficiaries). The references become text; the CHECK keeps them 14 digits.
ALTER TABLE doses DROP CONSTRAINT doses_beneficiary_id_fkey;
ALTER TABLE appointments DROP CONSTRAINT appointments_beneficiary_id_fkey;
ALTER TABLE beneficiaries ALTER COLUMN reference_id TYPE text;
ALTER TABLE doses ALTER COLUMN beneficiary_id TYPE text;
ALTER TABLE appointments ALTER COLUMN beneficiary_id TYPE text;
ALTER TABLE doses ADD CONSTRAINT doses_beneficiary_id_fkey FOREIGN KEY (beneficiary_id) REFERENCES beneficiaries (reference_id);
ALTER TABLE appointments ADD CONSTRAINT appointments_beneficiary_id_fkey FOREIGN KEY (beneficiary_id) REFERENCES beneficiaries (reference_id);
