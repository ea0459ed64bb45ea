DROP TABLE usage_daily;
DROP TABLE signing_keys;
