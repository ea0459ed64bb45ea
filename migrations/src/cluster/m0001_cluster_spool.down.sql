DROP TABLE audit_events;
DROP TABLE usage_daily;
