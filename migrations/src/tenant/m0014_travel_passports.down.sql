ALTER TABLE beneficiaries DROP COLUMN passport_encrypted;
