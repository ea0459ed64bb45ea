# English — citizens.ftl: errors of login, registration and booking
error-unauthenticated = Please sign in again: your session is missing or has expired.
error-invalid-mobile = This mobile number is not valid.
error-otp-invalid = The OTP you entered is not correct.
error-otp-expired = This OTP has expired or was already used. Please request a new one.
error-otp-attempts-exceeded = Too many wrong attempts. Please request a new OTP.
error-otp-delivery-failed = We could not send the OTP just now. Please try again in a few minutes.
error-invalid-id-document = The { $document } number is not valid.
error-id-document-registered = This identity document is already registered.
error-member-limit-reached = This mobile number already has the maximum of { $limit } members.
error-beneficiary-not-found = No such beneficiary is registered with this mobile number.
error-beneficiary-vaccinated = A beneficiary who has received a dose cannot be deleted.
error-session-not-found = This vaccination session does not exist.
error-session-closed = Bookings for this session are closed.
error-slot-not-offered = The chosen time slot is not offered by this session.
error-no-capacity = No doses are left in this session for this dose.
error-age-not-eligible = This session is not open to the beneficiary's age group.
error-dose-out-of-order = This dose cannot be booked before the previous doses are recorded.
error-dose-too-early = The next dose can be booked from { $date }.
error-vaccine-mismatch = This dose must be of the same vaccine as the earlier doses ({ $vaccine }).
error-already-booked = The beneficiary already has an appointment for this dose.
error-appointment-not-found = No such appointment exists for this account.
error-appointment-completed = This appointment is completed and cannot be changed.
otp-message = Your CoWIN verification code is { $otp }. It is valid for { $minutes } minutes. Never share it with anyone.
otp-email-subject = Your CoWIN verification code
dose-reminder-sms = CoWIN: dose { $dose } for { $name } is due from { $date }. Book a slot at { $link }
dose-reminder-subject = Dose { $dose } for { $name } is due
dose-reminder-body =
    Dear { $name },
    under the vaccination rules in force, dose { $dose } is due from { $date }.
    Book a slot at { $link } (sign in with the mobile number of the account).
error-invalid-passport = This is not a passport number: write the number printed on the passport's photo page (5 to 9 letters and digits).
