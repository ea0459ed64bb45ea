ALTER TABLE audit_events DROP COLUMN relayed_from;
ALTER TABLE tenants DROP COLUMN paused_until;
ALTER TABLE tenants DROP COLUMN cluster;
