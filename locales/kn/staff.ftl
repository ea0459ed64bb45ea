# Kannada (ಕನ್ನಡ) — staff.ftl: messages of staff accounts and access control
error-staff-login-failed = ಇ-ಮೇಲ್ ವಿಳಾಸ ಅಥವಾ ಪಾಸ್‌ವರ್ಡ್ ಸರಿಯಾಗಿಲ್ಲ, ಅಥವಾ ಖಾತೆಯನ್ನು ನಿಷ್ಕ್ರಿಯಗೊಳಿಸಲಾಗಿದೆ.
error-forbidden = ನಿಮ್ಮ ಪಾತ್ರವು ಇಲ್ಲಿ ಈ ಕ್ರಿಯೆಗೆ ಅನುಮತಿ ನೀಡುವುದಿಲ್ಲ.
error-csrf-rejected = ಈ ವಿನಂತಿ ಈ ಸೈಟ್‌ನ ಸ್ವಂತ ಪುಟಗಳಿಂದ ಬಂದಿಲ್ಲ. ಪುಟವನ್ನು ಮತ್ತೆ ಲೋಡ್ ಮಾಡಿ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.
error-invitation-invalid = ಈ ಆಹ್ವಾನ ಮಾನ್ಯವಾಗಿಲ್ಲ: ಇದನ್ನು ಈಗಾಗಲೇ ಬಳಸಲಾಗಿದೆ ಅಥವಾ ಇದರ ಅವಧಿ ಮುಗಿದಿದೆ.
error-weak-password = ಕನಿಷ್ಠ { $length } ಅಕ್ಷರಗಳಿರುವ ಪಾಸ್‌ವರ್ಡ್ ಅನ್ನು ಆಯ್ಕೆಮಾಡಿ.
error-staff-not-found = ಈ ದೇಶದ ಸೇವೆಯಲ್ಲಿ ಅಂತಹ ಸಿಬ್ಬಂದಿ ಯಾರೂ ಇಲ್ಲ.
error-mail-delivery-failed = ಈಗ ಇ-ಮೇಲ್ ಕಳುಹಿಸಲು ನಮಗೆ ಸಾಧ್ಯವಾಗಲಿಲ್ಲ. ದಯವಿಟ್ಟು ಕೆಲವು ನಿಮಿಷಗಳ ನಂತರ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.
error-staff-email-registered = ಈ ಇ-ಮೇಲ್ ವಿಳಾಸದೊಂದಿಗೆ ಒಬ್ಬ ಸಿಬ್ಬಂದಿ ಸದಸ್ಯರು ಈಗಾಗಲೇ ಇದ್ದಾರೆ.
staff-invitation-subject = { $country } ನ CoWIN ಲಸಿಕಾಕರಣ ಸೇವೆಗೆ ನಿಮಗೆ ಆಹ್ವಾನ
staff-invitation-body = { $name } ಅವರೇ, { $country } ನ CoWIN ಲಸಿಕಾಕರಣ ಸೇವೆಗೆ ನಿಮ್ಮನ್ನು { $role } ಆಗಿ ಆಹ್ವಾನಿಸಲಾಗಿದೆ. ನಿಮ್ಮ ಪಾಸ್‌ವರ್ಡ್ ಹೊಂದಿಸಲು, ಈ ಕೋಡ್ ಅನ್ನು { $days } ದಿನಗಳ ಒಳಗೆ ಬಳಸಿ: { $token }
