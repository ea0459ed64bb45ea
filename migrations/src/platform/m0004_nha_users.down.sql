DROP INDEX audit_events_occurred_at_idx;
DROP TABLE nha_users;
