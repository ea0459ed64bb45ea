DROP TRIGGER licence_revocations_changed ON licence_revocations;
DROP TRIGGER licences_changed ON licences;
DROP TRIGGER tenant_config_versions_changed ON tenant_config_versions;
DROP TRIGGER tenant_hostnames_changed ON tenant_hostnames;
DROP TRIGGER tenants_changed ON tenants;
DROP FUNCTION notify_tenant_change();
