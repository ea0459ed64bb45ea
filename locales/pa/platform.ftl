# Punjabi (ਪੰਜਾਬੀ) — platform.ftl: ਪਲੇਟਫ਼ਾਰਮ ਦਾ ਨਾਮ ਅਤੇ ਸਰੋਤ ਦਾ ਹਵਾਲਾ
platform-attribution = CoWIN — ਰਾਸ਼ਟਰੀ ਸਿਹਤ ਅਥਾਰਟੀ, ਭਾਰਤ ਸਰਕਾਰ ਵੱਲੋਂ ਮੁਫ਼ਤ ਪ੍ਰਦਾਨ ਕੀਤਾ ਗਿਆ; ਵੇਚਣ ਲਈ ਨਹੀਂ।
platform-name = CoWIN Global
tenant-welcome = { $country } ਦੀ ਟੀਕਾਕਰਨ ਸੇਵਾ
