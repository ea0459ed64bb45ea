DELETE FROM outbox WHERE kind = 'dose.reminder';
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('certificate.issued'));
DROP TABLE dose_reminders;
