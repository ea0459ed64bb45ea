DROP TABLE citizen_requests;
