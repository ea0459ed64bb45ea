# Kannada (ಕನ್ನಡ) — errors.ftl: general errors of the server and its API
error-tenant-not-found = ಈ ವಿಳಾಸದಲ್ಲಿ ಯಾವುದೇ ದೇಶದ ಲಸಿಕಾಕರಣ ಸೇವೆ ಲಭ್ಯವಿಲ್ಲ.
error-tenant-suspended = ಈ ದೇಶದ ಲಸಿಕಾಕರಣ ಸೇವೆಯನ್ನು ಅಮಾನತುಗೊಳಿಸಲಾಗಿದೆ. ದಯವಿಟ್ಟು ಆರೋಗ್ಯ ಸಚಿವಾಲಯವನ್ನು ಸಂಪರ್ಕಿಸಿ.
error-not-found = ವಿನಂತಿಸಿದ ಸಂಪನ್ಮೂಲ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ.
error-method-not-allowed = ಈ ಸಂಪನ್ಮೂಲದ ಮೇಲೆ ಈ ವಿಧಾನಕ್ಕೆ ಅನುಮತಿ ಇಲ್ಲ.
error-invalid-parameter = “{ $name }” ಪ್ಯಾರಾಮೀಟರ್ ಇಲ್ಲ ಅಥವಾ ಮಾನ್ಯವಾಗಿಲ್ಲ.
error-invalid-body = ವಿನಂತಿಯ ವಿಷಯ ಮಾನ್ಯವಾಗಿಲ್ಲ.
error-payload-too-large = ವಿನಂತಿ ತುಂಬಾ ದೊಡ್ಡದಾಗಿದೆ.
error-unsupported-media-type = ವಿನಂತಿಯನ್ನು JSON ರೂಪದಲ್ಲಿ ಕಳುಹಿಸಬೇಕು.
error-internal = ನಮ್ಮ ಕಡೆಯಿಂದ ಏನೋ ತಪ್ಪಾಗಿದೆ. ದಯವಿಟ್ಟು ಸ್ವಲ್ಪ ಸಮಯದ ನಂತರ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.
error-unavailable = ಸೇವೆ ತಾತ್ಕಾಲಿಕವಾಗಿ ಲಭ್ಯವಿಲ್ಲ. ದಯವಿಟ್ಟು ಸ್ವಲ್ಪ ಹೊತ್ತಿನಲ್ಲಿ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.
error-rate-limited = ತುಂಬಾ ಹೆಚ್ಚು ವಿನಂತಿಗಳು ಬಂದಿವೆ. ದಯವಿಟ್ಟು { $seconds } ಸೆಕೆಂಡುಗಳ ನಂತರ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.
error-tenant-config-invalid = ಟೆನೆಂಟ್ ಕಾನ್ಫಿಗರೇಶನ್ ಮಾನ್ಯವಾಗಿಲ್ಲ: { $reason }
error-confirmation-mismatch = ಖಚಿತಪಡಿಸಲು, ದೇಶದ ಕೋಡ್ { $code } ಅನ್ನು “confirm” ಆಗಿ ಕಳುಹಿಸಿ.
error-configuration-changed = ನೀವು ಕಾನ್ಫಿಗರೇಶನ್ ತೆರೆದ ನಂತರ ಬೇರೊಬ್ಬರು ಅದನ್ನು ಬದಲಿಸಿದ್ದಾರೆ (ಈಗ ಆವೃತ್ತಿ { $version }). ಅದನ್ನು ಮತ್ತೆ ಲೋಡ್ ಮಾಡಿ ನಿಮ್ಮ ಬದಲಾವಣೆಯನ್ನು ಮತ್ತೊಮ್ಮೆ ಮಾಡಿ.
error-tenant-on-other-cluster = ಈ ದೇಶದ ದತ್ತಾಂಶ { $cluster } ಡೇಟಾಬೇಸ್ ಕ್ಲಸ್ಟರ್‌ನಲ್ಲಿದೆ. ರಫ್ತು ಮಾಡುವ ಅಥವಾ ಪ್ಲಾಟ್‌ಫಾರ್ಮ್‌ನಿಂದ ತೆಗೆದುಹಾಕುವ ಮೊದಲು ಅದನ್ನು “main” ಕ್ಲಸ್ಟರ್‌ಗೆ ಸ್ಥಳಾಂತರಿಸಿ.
