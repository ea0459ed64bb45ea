-- The vaccinator's desk and dose records.

-- The 4-digit code a citizen shows at the desk (as CoWIN printed on the appointment slip).
ALTER TABLE appointments ADD COLUMN security_code char(4) NOT NULL DEFAULT lpad((floor(random() * 10000))::int::text, 4, '0');

-- Who recorded a dose, where, with which batch; the client's idempotency key makes retries harmless.
ALTER TABLE doses
    ADD COLUMN facility_id     bigint REFERENCES facilities (id),
    ADD COLUMN batch           text,
    ADD COLUMN vaccinator_id   uuid REFERENCES staff (id),
    ADD COLUMN idempotency_key text UNIQUE;
CREATE INDEX doses_facility_id_idx ON doses (facility_id);
CREATE INDEX doses_vaccinator_id_idx ON doses (vaccinator_id);

-- Facilities created by staff are not in the configuration file; applying the file must not deactivate them.
ALTER TABLE facilities ADD COLUMN managed_by_config boolean NOT NULL DEFAULT true;
