# English — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = The security code or identity document does not match a beneficiary booked at this facility.
error-dose-already-recorded = This dose has already been recorded for this beneficiary.
error-idempotency-key-reused = This request key was already used for a different dose record.
