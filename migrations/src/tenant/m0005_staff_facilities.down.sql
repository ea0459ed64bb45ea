DROP SEQUENCE staff_facility_ids;
