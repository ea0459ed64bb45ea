-- A sealed certificate is 3 to 4 kB: above PostgreSQL's default 2 kB toast threshold, so every insert tried to
-- compress bytes that are encrypted (it never can) and then wrote them out of line, a second heap row and index
-- entry per dose. Rows up to a page stay inline, and the payload is never compressed again.
ALTER TABLE certificates SET (toast_tuple_target = 8160);
ALTER TABLE certificates ALTER COLUMN payload SET STORAGE EXTERNAL;

-- Almost no certificate is replaced: index only those that are, rather than a NULL entry per dose.
DROP INDEX certificates_replaced_by_idx;
CREATE INDEX certificates_replaced_by_idx ON certificates (replaced_by) WHERE replaced_by IS NOT NULL;
