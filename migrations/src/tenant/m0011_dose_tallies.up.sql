-- Dose counts kept as doses are written, so reports read a few thousand rows instead of scanning every dose:
-- per day by vaccine and dose number; per day by district; per district by vaccine and dose number (all time).
-- District 0 counts doses recorded without a facility (imported history).
CREATE TABLE dose_tally_day (
    day          date NOT NULL,
    vaccine_code text NOT NULL,
    dose         smallint NOT NULL,
    doses        bigint NOT NULL,
    PRIMARY KEY (day, vaccine_code, dose)
);
-- Keyed by district first: a district administrator's report reads one range per district.
CREATE TABLE dose_tally_day_district (
    day         date NOT NULL,
    district_id integer NOT NULL,
    doses       bigint NOT NULL,
    PRIMARY KEY (district_id, day)
);
CREATE TABLE dose_tally_district (
    district_id  integer NOT NULL,
    vaccine_code text NOT NULL,
    dose         smallint NOT NULL,
    doses        bigint NOT NULL,
    PRIMARY KEY (district_id, vaccine_code, dose)
);

INSERT INTO dose_tally_day (day, vaccine_code, dose, doses)
SELECT given_on, vaccine_code, dose, count(*) FROM doses GROUP BY 1, 2, 3;
INSERT INTO dose_tally_day_district (day, district_id, doses)
SELECT d.given_on, COALESCE(f.district_id, 0), count(*) FROM doses d LEFT JOIN facilities f ON f.id = d.facility_id GROUP BY 1, 2;
INSERT INTO dose_tally_district (district_id, vaccine_code, dose, doses)
SELECT COALESCE(f.district_id, 0), d.vaccine_code, d.dose, count(*) FROM doses d LEFT JOIN facilities f ON f.id = d.facility_id GROUP BY 1, 2, 3;
