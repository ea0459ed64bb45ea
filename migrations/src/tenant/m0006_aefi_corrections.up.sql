-- Adverse events following immunisation, reported by a vaccinator or by the citizen, against a dose.
CREATE TABLE aefi_reports (
    id                  uuid PRIMARY KEY,
    dose_id             uuid NOT NULL REFERENCES doses (id),
    reported_by_staff   uuid REFERENCES staff (id),
    reported_by_account uuid REFERENCES accounts (id),
    symptoms            text[] NOT NULL CHECK (cardinality(symptoms) > 0),
    onset_date          date NOT NULL,
    severity            text NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe', 'serious')),
    outcome             text NOT NULL CHECK (outcome IN ('recovered', 'recovering', 'not_recovered', 'fatal', 'unknown')),
    notes               text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    CHECK ((reported_by_staff IS NULL) <> (reported_by_account IS NULL))
);
CREATE INDEX aefi_reports_dose_id_idx ON aefi_reports (dose_id);
CREATE INDEX aefi_reports_reported_by_staff_idx ON aefi_reports (reported_by_staff);
CREATE INDEX aefi_reports_reported_by_account_idx ON aefi_reports (reported_by_account);
CREATE INDEX aefi_reports_severity_idx ON aefi_reports (severity, onset_date);

-- What a tenant admin corrected, the values before and after, who and why. Append-only.
CREATE TABLE corrections (
    id           uuid PRIMARY KEY,
    subject      text NOT NULL CHECK (subject IN ('beneficiary', 'dose')),
    subject_id   text NOT NULL,
    before       jsonb NOT NULL,
    after        jsonb NOT NULL,
    reason       text NOT NULL CHECK (length(reason) > 0),
    corrected_by uuid NOT NULL REFERENCES staff (id),
    corrected_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX corrections_subject_idx ON corrections (subject, subject_id);
CREATE INDEX corrections_corrected_by_idx ON corrections (corrected_by);
CREATE FUNCTION corrections_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'corrections is append-only';
END
$$;
CREATE TRIGGER corrections_no_update_or_delete BEFORE UPDATE OR DELETE ON corrections
    FOR EACH ROW EXECUTE FUNCTION corrections_refuse_change();
