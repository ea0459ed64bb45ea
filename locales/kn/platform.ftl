# Kannada (ಕನ್ನಡ) — platform.ftl: the platform's name and attribution
platform-attribution = CoWIN — ಭಾರತ ಸರ್ಕಾರದ ರಾಷ್ಟ್ರೀಯ ಆರೋಗ್ಯ ಪ್ರಾಧಿಕಾರವು ಉಚಿತವಾಗಿ ಒದಗಿಸಿದೆ; ಮಾರಾಟಕ್ಕಲ್ಲ.
platform-name = CoWIN Global
tenant-welcome = { $country } ಲಸಿಕಾಕರಣ ಸೇವೆ
