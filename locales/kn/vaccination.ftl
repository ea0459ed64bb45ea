# Kannada (ಕನ್ನಡ) — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = ಭದ್ರತಾ ಕೋಡ್ ಅಥವಾ ಗುರುತಿನ ದಾಖಲೆ ಈ ಕೇಂದ್ರದಲ್ಲಿ ಬುಕ್ ಮಾಡಿರುವ ಯಾವುದೇ ಫಲಾನುಭವಿಗೆ ಹೊಂದಿಕೆಯಾಗುವುದಿಲ್ಲ.
error-dose-already-recorded = ಈ ಫಲಾನುಭವಿಗೆ ಈ ಡೋಸ್ ಈಗಾಗಲೇ ದಾಖಲಾಗಿದೆ.
error-idempotency-key-reused = ಈ ವಿನಂತಿ ಕೀಯನ್ನು ಈಗಾಗಲೇ ಬೇರೊಂದು ಡೋಸ್ ದಾಖಲೆಗಾಗಿ ಬಳಸಲಾಗಿದೆ.
error-facility-not-found = ಅಂತಹ ಕೇಂದ್ರ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ.
error-facility-managed-by-config = ಈ ಕೇಂದ್ರವನ್ನು ದೇಶದ ಕಾನ್ಫಿಗರೇಶನ್‌ನಲ್ಲಿ ವ್ಯಾಖ್ಯಾನಿಸಲಾಗಿದೆ; ಅದನ್ನು ಅಲ್ಲೇ ಬದಲಿಸಿ.
error-session-exists = ಈ ಕೇಂದ್ರದಲ್ಲಿ ಆ ದಿನ ಈ ಲಸಿಕೆಯ ಸೆಷನ್ ಈಗಾಗಲೇ ಇದೆ.
error-capacity-below-booked = ಸಾಮರ್ಥ್ಯವು ಈಗಾಗಲೇ ಬುಕ್ ಆಗಿರುವ ಸ್ಥಾನಗಳಿಗಿಂತ ಕಡಿಮೆ ಇರುವಂತಿಲ್ಲ.
error-session-has-bookings = ಈ ಸೆಷನ್‌ನಲ್ಲಿ ಜನರು ಬುಕ್ ಮಾಡಿದ್ದಾರೆ: ಅದರ ದಿನ, ವಯಸ್ಸು ಮತ್ತು ಬುಕ್ ಆಗಿರುವ ಸ್ಲಾಟ್‌ಗಳನ್ನು ಬದಲಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ. ಸ್ಲಾಟ್‌ಗಳನ್ನು ಸೇರಿಸಿ, ಅಥವಾ ಬೇರೊಂದು ಸೆಷನ್ ಅನ್ನು ಪ್ರಕಟಿಸಿ.
error-request-decided = ಈ ಮನವಿಯ ಬಗ್ಗೆ ಈಗಾಗಲೇ ನಿರ್ಧಾರ ತೆಗೆದುಕೊಳ್ಳಲಾಗಿದೆ.
