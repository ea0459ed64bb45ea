DROP TABLE audit_events;
DROP FUNCTION audit_events_refuse_change();
DROP TABLE tenant_config_versions;
DROP TABLE tenant_hostnames;
DROP TABLE tenants;
