DROP TABLE licence_events;
DROP TABLE licence_revocations;
DROP TABLE licences;
