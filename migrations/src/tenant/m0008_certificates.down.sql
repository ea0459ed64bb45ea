ALTER TABLE otp_transactions DROP COLUMN locale, DROP COLUMN email_encrypted;
ALTER TABLE accounts DROP COLUMN locale, DROP COLUMN email_encrypted;
DROP TABLE outbox;
DROP TABLE certificates;
