DROP TABLE appointments;
DROP TABLE doses;
DROP TABLE beneficiaries;
DROP TABLE otp_transactions;
DROP TABLE accounts;
DROP TABLE sessions;
