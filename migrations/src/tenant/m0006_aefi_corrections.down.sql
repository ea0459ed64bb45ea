DROP TABLE corrections;
DROP FUNCTION corrections_refuse_change();
DROP TABLE aefi_reports;
