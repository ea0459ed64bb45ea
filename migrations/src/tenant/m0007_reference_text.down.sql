ALTER TABLE doses DROP CONSTRAINT doses_beneficiary_id_fkey;
ALTER TABLE appointments DROP CONSTRAINT appointments_beneficiary_id_fkey;
ALTER TABLE beneficiaries ALTER COLUMN reference_id TYPE char(14);
ALTER TABLE doses ALTER COLUMN beneficiary_id TYPE char(14);
ALTER TABLE appointments ALTER COLUMN beneficiary_id TYPE char(14);
ALTER TABLE doses ADD CONSTRAINT doses_beneficiary_id_fkey FOREIGN KEY (beneficiary_id) REFERENCES beneficiaries (reference_id);
ALTER TABLE appointments ADD CONSTRAINT appointments_beneficiary_id_fkey FOREIGN KEY (beneficiary_id) REFERENCES beneficiaries (reference_id);
