-- Every server keeps the tenant list in memory. Whatever changes a tenant's row, hostnames, configuration or
-- licence (the CLI, NHA's API, offboarding, a hand-written fix) tells every server at commit, through one channel;
-- servers LISTEN and reload at once instead of waiting for their next poll. The payload is only the table's name:
-- servers reload the whole list, and nothing about a tenant travels on the channel.
CREATE FUNCTION notify_tenant_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('cowin_tenants', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

CREATE TRIGGER tenants_changed AFTER INSERT OR UPDATE OR DELETE ON tenants
    FOR EACH STATEMENT EXECUTE FUNCTION notify_tenant_change();
CREATE TRIGGER tenant_hostnames_changed AFTER INSERT OR UPDATE OR DELETE ON tenant_hostnames
    FOR EACH STATEMENT EXECUTE FUNCTION notify_tenant_change();
CREATE TRIGGER tenant_config_versions_changed AFTER INSERT OR UPDATE OR DELETE ON tenant_config_versions
    FOR EACH STATEMENT EXECUTE FUNCTION notify_tenant_change();
CREATE TRIGGER licences_changed AFTER INSERT OR UPDATE OR DELETE ON licences
    FOR EACH STATEMENT EXECUTE FUNCTION notify_tenant_change();
CREATE TRIGGER licence_revocations_changed AFTER INSERT OR UPDATE OR DELETE ON licence_revocations
    FOR EACH STATEMENT EXECUTE FUNCTION notify_tenant_change();
