# English — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = The security code or identity document does not match a beneficiary booked at this facility.
error-dose-already-recorded = This dose has already been recorded for this beneficiary.
error-idempotency-key-reused = This request key was already used for a different dose record.
error-facility-not-found = No such facility exists.
error-facility-managed-by-config = This facility is defined in the country's configuration; change it there.
error-session-exists = This facility already has a session of this vaccine on that day.
error-capacity-below-booked = The capacity cannot be lower than the places already booked.
error-session-has-bookings = People are booked into this session: its day, ages and booked slots cannot change. Add slots, or publish another session.
error-request-decided = This request has already been decided.
