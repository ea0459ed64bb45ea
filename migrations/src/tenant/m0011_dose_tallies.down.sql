DROP TABLE dose_tally_district;
DROP TABLE dose_tally_day_district;
DROP TABLE dose_tally_day;
