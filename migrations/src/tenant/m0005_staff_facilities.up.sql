-- Ids for facilities created by staff, far above the ids a configuration file uses.
CREATE SEQUENCE staff_facility_ids START 10000000;
