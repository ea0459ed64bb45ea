DROP INDEX certificates_replaced_by_idx;
CREATE INDEX certificates_replaced_by_idx ON certificates (replaced_by);
ALTER TABLE certificates ALTER COLUMN payload SET STORAGE EXTENDED;
ALTER TABLE certificates RESET (toast_tuple_target);
