# Punjabi (ਪੰਜਾਬੀ) — citizens.ftl: ਲੌਗਇਨ, ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਅਤੇ ਬੁਕਿੰਗ ਦੀਆਂ ਗ਼ਲਤੀਆਂ
error-unauthenticated = ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਸਾਈਨ ਇਨ ਕਰੋ: ਤੁਹਾਡਾ ਸੈਸ਼ਨ ਮੌਜੂਦ ਨਹੀਂ ਹੈ ਜਾਂ ਇਸ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ।
error-invalid-mobile = ਇਹ ਮੋਬਾਈਲ ਨੰਬਰ ਵੈਧ ਨਹੀਂ ਹੈ।
error-otp-invalid = ਤੁਹਾਡੇ ਵੱਲੋਂ ਦਰਜ ਕੀਤਾ ਓਟੀਪੀ ਸਹੀ ਨਹੀਂ ਹੈ।
error-otp-expired = ਇਸ ਓਟੀਪੀ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ ਜਾਂ ਇਹ ਪਹਿਲਾਂ ਹੀ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਨਵਾਂ ਓਟੀਪੀ ਮੰਗੋ।
error-otp-attempts-exceeded = ਬਹੁਤ ਵਾਰ ਗ਼ਲਤ ਕੋਸ਼ਿਸ਼ ਹੋਈ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਨਵਾਂ ਓਟੀਪੀ ਮੰਗੋ।
error-otp-delivery-failed = ਅਸੀਂ ਇਸ ਵੇਲੇ ਓਟੀਪੀ ਨਹੀਂ ਭੇਜ ਸਕੇ। ਕਿਰਪਾ ਕਰਕੇ ਕੁਝ ਮਿੰਟਾਂ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-invalid-id-document = { $document } ਨੰਬਰ ਵੈਧ ਨਹੀਂ ਹੈ।
error-id-document-registered = ਇਹ ਪਛਾਣ ਦਸਤਾਵੇਜ਼ ਪਹਿਲਾਂ ਹੀ ਰਜਿਸਟਰ ਹੈ।
error-member-limit-reached = ਇਸ ਮੋਬਾਈਲ ਨੰਬਰ ਨਾਲ ਪਹਿਲਾਂ ਹੀ ਵੱਧ ਤੋਂ ਵੱਧ { $limit } ਮੈਂਬਰ ਰਜਿਸਟਰ ਹਨ।
error-beneficiary-not-found = ਇਸ ਮੋਬਾਈਲ ਨੰਬਰ ਨਾਲ ਅਜਿਹਾ ਕੋਈ ਲਾਭਪਾਤਰੀ ਰਜਿਸਟਰ ਨਹੀਂ ਹੈ।
error-beneficiary-vaccinated = ਜਿਸ ਲਾਭਪਾਤਰੀ ਨੂੰ ਕੋਈ ਖੁਰਾਕ ਦਿੱਤੀ ਜਾ ਚੁੱਕੀ ਹੈ, ਉਸ ਨੂੰ ਮਿਟਾਇਆ ਨਹੀਂ ਜਾ ਸਕਦਾ।
error-session-not-found = ਇਹ ਟੀਕਾਕਰਨ ਸੈਸ਼ਨ ਮੌਜੂਦ ਨਹੀਂ ਹੈ।
error-session-closed = ਇਸ ਸੈਸ਼ਨ ਲਈ ਬੁਕਿੰਗ ਬੰਦ ਹੋ ਚੁੱਕੀ ਹੈ।
error-slot-not-offered = ਚੁਣਿਆ ਗਿਆ ਸਮਾਂ ਸਲਾਟ ਇਸ ਸੈਸ਼ਨ ਵਿੱਚ ਉਪਲਬਧ ਨਹੀਂ ਹੈ।
error-no-capacity = ਇਸ ਸੈਸ਼ਨ ਵਿੱਚ ਇਸ ਖੁਰਾਕ ਲਈ ਕੋਈ ਖੁਰਾਕ ਬਾਕੀ ਨਹੀਂ ਹੈ।
error-age-not-eligible = ਇਹ ਸੈਸ਼ਨ ਲਾਭਪਾਤਰੀ ਦੇ ਉਮਰ ਵਰਗ ਲਈ ਨਹੀਂ ਹੈ।
error-dose-out-of-order = ਪਿਛਲੀਆਂ ਖੁਰਾਕਾਂ ਦਰਜ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ ਇਹ ਖੁਰਾਕ ਬੁੱਕ ਨਹੀਂ ਕੀਤੀ ਜਾ ਸਕਦੀ।
error-dose-too-early = ਅਗਲੀ ਖੁਰਾਕ { $date } ਤੋਂ ਬੁੱਕ ਕੀਤੀ ਜਾ ਸਕਦੀ ਹੈ।
error-vaccine-mismatch = ਇਹ ਖੁਰਾਕ ਪਿਛਲੀਆਂ ਖੁਰਾਕਾਂ ਵਾਲੀ ਵੈਕਸੀਨ ({ $vaccine }) ਦੀ ਹੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।
error-already-booked = ਲਾਭਪਾਤਰੀ ਦੀ ਇਸ ਖੁਰਾਕ ਲਈ ਪਹਿਲਾਂ ਹੀ ਅਪਾਇੰਟਮੈਂਟ ਹੈ।
error-appointment-not-found = ਇਸ ਖਾਤੇ ਵਿੱਚ ਅਜਿਹੀ ਕੋਈ ਅਪਾਇੰਟਮੈਂਟ ਮੌਜੂਦ ਨਹੀਂ ਹੈ।
error-appointment-completed = ਇਹ ਅਪਾਇੰਟਮੈਂਟ ਪੂਰੀ ਹੋ ਚੁੱਕੀ ਹੈ ਅਤੇ ਇਸ ਨੂੰ ਬਦਲਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ।
otp-message = ਤੁਹਾਡਾ CoWIN ਤਸਦੀਕ ਕੋਡ { $otp } ਹੈ। ਇਹ { $minutes } ਮਿੰਟਾਂ ਲਈ ਵੈਧ ਹੈ। ਇਸ ਨੂੰ ਕਦੇ ਵੀ ਕਿਸੇ ਨਾਲ ਸਾਂਝਾ ਨਾ ਕਰੋ।
otp-email-subject = ਤੁਹਾਡਾ CoWIN ਤਸਦੀਕ ਕੋਡ
dose-reminder-sms = CoWIN: { $name } ਦੀ ਖੁਰਾਕ { $dose } ਲਗਵਾਉਣ ਦਾ ਸਮਾਂ { $date } ਤੋਂ ਹੈ। { $link } ਉੱਤੇ ਸਲਾਟ ਬੁੱਕ ਕਰੋ
dose-reminder-subject = { $name } ਦੀ ਖੁਰਾਕ { $dose } ਲਗਵਾਉਣ ਦਾ ਸਮਾਂ ਹੋ ਗਿਆ ਹੈ
dose-reminder-body =
    ਸਤਿਕਾਰਯੋਗ { $name } ਜੀ,
    ਲਾਗੂ ਟੀਕਾਕਰਨ ਨਿਯਮਾਂ ਅਨੁਸਾਰ, { $date } ਤੋਂ ਖੁਰਾਕ { $dose } ਲਗਵਾਈ ਜਾ ਸਕਦੀ ਹੈ।
    { $link } ਉੱਤੇ ਸਲਾਟ ਬੁੱਕ ਕਰੋ (ਖਾਤੇ ਵਾਲੇ ਮੋਬਾਈਲ ਨੰਬਰ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰੋ)।
error-invalid-passport = ਇਹ ਪਾਸਪੋਰਟ ਨੰਬਰ ਨਹੀਂ ਹੈ: ਪਾਸਪੋਰਟ ਦੇ ਫ਼ੋਟੋ ਵਾਲੇ ਪੰਨੇ ਉੱਤੇ ਛਪਿਆ ਨੰਬਰ ਲਿਖੋ (5 ਤੋਂ 9 ਅੱਖਰ ਅਤੇ ਅੰਕ)।
