ALTER TABLE facilities DROP COLUMN managed_by_config;
DROP INDEX doses_vaccinator_id_idx;
DROP INDEX doses_facility_id_idx;
ALTER TABLE doses DROP COLUMN idempotency_key, DROP COLUMN vaccinator_id, DROP COLUMN batch, DROP COLUMN facility_id;
ALTER TABLE appointments DROP COLUMN security_code;
