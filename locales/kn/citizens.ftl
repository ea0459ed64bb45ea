# Kannada (ಕನ್ನಡ) — citizens.ftl: errors of login, registration and booking
error-unauthenticated = ದಯವಿಟ್ಟು ಮತ್ತೆ ಸೈನ್ ಇನ್ ಮಾಡಿ: ನಿಮ್ಮ ಸೆಷನ್ ಕಂಡುಬಂದಿಲ್ಲ ಅಥವಾ ಅದರ ಅವಧಿ ಮುಗಿದಿದೆ.
error-invalid-mobile = ಈ ಮೊಬೈಲ್ ಸಂಖ್ಯೆ ಮಾನ್ಯವಾಗಿಲ್ಲ.
error-otp-invalid = ನೀವು ನಮೂದಿಸಿದ ಒಟಿಪಿ ಸರಿಯಾಗಿಲ್ಲ.
error-otp-expired = ಈ ಒಟಿಪಿಯ ಅವಧಿ ಮುಗಿದಿದೆ ಅಥವಾ ಅದನ್ನು ಈಗಾಗಲೇ ಬಳಸಲಾಗಿದೆ. ದಯವಿಟ್ಟು ಹೊಸ ಒಟಿಪಿಗಾಗಿ ವಿನಂತಿಸಿ.
error-otp-attempts-exceeded = ಹಲವು ಬಾರಿ ತಪ್ಪಾಗಿ ಪ್ರಯತ್ನಿಸಲಾಗಿದೆ. ದಯವಿಟ್ಟು ಹೊಸ ಒಟಿಪಿಗಾಗಿ ವಿನಂತಿಸಿ.
error-otp-delivery-failed = ಈಗ ಒಟಿಪಿ ಕಳುಹಿಸಲು ನಮಗೆ ಸಾಧ್ಯವಾಗಲಿಲ್ಲ. ದಯವಿಟ್ಟು ಕೆಲವು ನಿಮಿಷಗಳ ನಂತರ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.
error-invalid-id-document = ಈ { $document } ಸಂಖ್ಯೆ ಮಾನ್ಯವಾಗಿಲ್ಲ.
error-id-document-registered = ಈ ಗುರುತಿನ ದಾಖಲೆ ಈಗಾಗಲೇ ನೋಂದಣಿಯಾಗಿದೆ.
error-member-limit-reached = ಈ ಮೊಬೈಲ್ ಸಂಖ್ಯೆಯಲ್ಲಿ ಈಗಾಗಲೇ ಗರಿಷ್ಠ { $limit } ಸದಸ್ಯರು ನೋಂದಣಿಯಾಗಿದ್ದಾರೆ.
error-beneficiary-not-found = ಈ ಮೊಬೈಲ್ ಸಂಖ್ಯೆಯಲ್ಲಿ ಅಂತಹ ಫಲಾನುಭವಿ ಯಾರೂ ನೋಂದಣಿಯಾಗಿಲ್ಲ.
error-beneficiary-vaccinated = ಒಂದು ಡೋಸ್ ಪಡೆದಿರುವ ಫಲಾನುಭವಿಯನ್ನು ಅಳಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.
error-session-not-found = ಈ ಲಸಿಕಾಕರಣ ಸೆಷನ್ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ.
error-session-closed = ಈ ಸೆಷನ್‌ಗೆ ಬುಕಿಂಗ್ ಮುಕ್ತಾಯಗೊಂಡಿದೆ.
error-slot-not-offered = ಆಯ್ಕೆಮಾಡಿದ ಸಮಯದ ಸ್ಲಾಟ್ ಈ ಸೆಷನ್‌ನಲ್ಲಿ ಲಭ್ಯವಿಲ್ಲ.
error-no-capacity = ಈ ಸೆಷನ್‌ನಲ್ಲಿ ಈ ಡೋಸ್‌ಗಾಗಿ ಲಸಿಕೆ ಉಳಿದಿಲ್ಲ.
error-age-not-eligible = ಈ ಸೆಷನ್ ಫಲಾನುಭವಿಯ ವಯೋಮಾನದವರಿಗೆ ಲಭ್ಯವಿಲ್ಲ.
error-dose-out-of-order = ಹಿಂದಿನ ಡೋಸ್‌ಗಳು ದಾಖಲಾಗುವ ಮೊದಲು ಈ ಡೋಸ್ ಅನ್ನು ಬುಕ್ ಮಾಡಲು ಸಾಧ್ಯವಿಲ್ಲ.
error-dose-too-early = ಮುಂದಿನ ಡೋಸ್ ಅನ್ನು { $date } ರಿಂದ ಬುಕ್ ಮಾಡಬಹುದು.
error-vaccine-mismatch = ಈ ಡೋಸ್ ಹಿಂದಿನ ಡೋಸ್‌ಗಳ ಲಸಿಕೆಯೇ ({ $vaccine }) ಆಗಿರಬೇಕು.
error-already-booked = ಈ ಡೋಸ್‌ಗಾಗಿ ಫಲಾನುಭವಿಗೆ ಈಗಾಗಲೇ ಅಪಾಯಿಂಟ್‌ಮೆಂಟ್ ಇದೆ.
error-appointment-not-found = ಈ ಖಾತೆಯಲ್ಲಿ ಅಂತಹ ಅಪಾಯಿಂಟ್‌ಮೆಂಟ್ ಇಲ್ಲ.
error-appointment-completed = ಈ ಅಪಾಯಿಂಟ್‌ಮೆಂಟ್ ಪೂರ್ಣಗೊಂಡಿದೆ, ಇದನ್ನು ಬದಲಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.
otp-message = ನಿಮ್ಮ CoWIN ದೃಢೀಕರಣ ಕೋಡ್ { $otp }. ಇದು { $minutes } ನಿಮಿಷಗಳವರೆಗೆ ಮಾನ್ಯವಾಗಿರುತ್ತದೆ. ಇದನ್ನು ಎಂದಿಗೂ ಯಾರೊಂದಿಗೂ ಹಂಚಿಕೊಳ್ಳಬೇಡಿ.
otp-email-subject = ನಿಮ್ಮ CoWIN ದೃಢೀಕರಣ ಕೋಡ್
dose-reminder-sms = CoWIN: { $name } ಅವರ ಡೋಸ್ { $dose } ಅನ್ನು { $date } ರಿಂದ ಪಡೆಯಬಹುದು. { $link } ನಲ್ಲಿ ಸ್ಲಾಟ್ ಬುಕ್ ಮಾಡಿ
dose-reminder-subject = { $name } ಅವರ ಡೋಸ್ { $dose } ಪಡೆಯುವ ಸಮಯ ಬಂದಿದೆ
dose-reminder-body =
    ಆತ್ಮೀಯ { $name } ಅವರೇ,
    ಜಾರಿಯಲ್ಲಿರುವ ಲಸಿಕಾಕರಣ ನಿಯಮಗಳ ಪ್ರಕಾರ, ಡೋಸ್ { $dose } ಅನ್ನು { $date } ರಿಂದ ಪಡೆಯಬಹುದು.
    { $link } ನಲ್ಲಿ ಸ್ಲಾಟ್ ಬುಕ್ ಮಾಡಿ (ಖಾತೆಯ ಮೊಬೈಲ್ ಸಂಖ್ಯೆಯೊಂದಿಗೆ ಸೈನ್ ಇನ್ ಮಾಡಿ).
error-invalid-passport = ಇದು ಪಾಸ್‌ಪೋರ್ಟ್ ಸಂಖ್ಯೆಯಲ್ಲ: ಪಾಸ್‌ಪೋರ್ಟ್‌ನ ಫೋಟೋ ಪುಟದಲ್ಲಿ ಮುದ್ರಿತವಾಗಿರುವ ಸಂಖ್ಯೆಯನ್ನು ಬರೆಯಿರಿ (5 ರಿಂದ 9 ಅಕ್ಷರಗಳು ಮತ್ತು ಅಂಕೆಗಳು).
