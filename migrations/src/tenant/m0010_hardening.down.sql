DROP INDEX beneficiaries_id_number_not_canonical_idx;
ALTER TABLE beneficiaries DROP COLUMN id_number_canonical;
DROP INDEX otp_transactions_account_id_idx;
ALTER TABLE otp_transactions DROP COLUMN channel, DROP COLUMN account_id, DROP COLUMN purpose;
