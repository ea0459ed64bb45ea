# Punjabi (ਪੰਜਾਬੀ) — errors.ftl: ਸੇਵਾ ਦੀਆਂ ਆਮ ਗ਼ਲਤੀਆਂ
error-tenant-not-found = ਇਸ ਪਤੇ ਉੱਤੇ ਕਿਸੇ ਵੀ ਦੇਸ਼ ਦੀ ਟੀਕਾਕਰਨ ਸੇਵਾ ਉਪਲਬਧ ਨਹੀਂ ਹੈ।
error-tenant-suspended = ਇਸ ਦੇਸ਼ ਦੀ ਟੀਕਾਕਰਨ ਸੇਵਾ ਮੁਅੱਤਲ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਸਿਹਤ ਮੰਤਰਾਲੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
error-not-found = ਮੰਗਿਆ ਗਿਆ ਸਰੋਤ ਮੌਜੂਦ ਨਹੀਂ ਹੈ।
error-method-not-allowed = ਇਸ ਸਰੋਤ ਉੱਤੇ ਇਸ ਵਿਧੀ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਹੈ।
error-invalid-parameter = ਪੈਰਾਮੀਟਰ “{ $name }” ਮੌਜੂਦ ਨਹੀਂ ਹੈ ਜਾਂ ਵੈਧ ਨਹੀਂ ਹੈ।
error-invalid-body = ਬੇਨਤੀ ਦੀ ਸਮੱਗਰੀ ਵੈਧ ਨਹੀਂ ਹੈ।
error-payload-too-large = ਬੇਨਤੀ ਬਹੁਤ ਵੱਡੀ ਹੈ।
error-unsupported-media-type = ਬੇਨਤੀ JSON ਦੇ ਰੂਪ ਵਿੱਚ ਭੇਜੀ ਜਾਣੀ ਚਾਹੀਦੀ ਹੈ।
error-internal = ਸਾਡੇ ਵੱਲੋਂ ਕੋਈ ਗੜਬੜ ਹੋ ਗਈ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-unavailable = ਸੇਵਾ ਕੁਝ ਸਮੇਂ ਲਈ ਉਪਲਬਧ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-rate-limited = ਬਹੁਤ ਜ਼ਿਆਦਾ ਬੇਨਤੀਆਂ। ਕਿਰਪਾ ਕਰਕੇ { $seconds } ਸਕਿੰਟਾਂ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-tenant-config-invalid = ਟੈਨੈਂਟ ਸੰਰਚਨਾ ਵੈਧ ਨਹੀਂ ਹੈ: { $reason }
error-confirmation-mismatch = ਪੁਸ਼ਟੀ ਕਰਨ ਲਈ, ਦੇਸ਼ ਕੋਡ { $code } ਨੂੰ “confirm” ਵਿੱਚ ਭੇਜੋ।
error-configuration-changed = ਤੁਹਾਡੇ ਖੋਲ੍ਹਣ ਤੋਂ ਬਾਅਦ ਕਿਸੇ ਹੋਰ ਨੇ ਸੰਰਚਨਾ ਬਦਲ ਦਿੱਤੀ ਹੈ (ਹੁਣ ਸੰਸਕਰਨ { $version })। ਇਸ ਨੂੰ ਦੁਬਾਰਾ ਲੋਡ ਕਰੋ ਅਤੇ ਆਪਣੀ ਤਬਦੀਲੀ ਫਿਰ ਤੋਂ ਕਰੋ।
error-tenant-on-other-cluster = ਇਸ ਦੇਸ਼ ਦਾ ਡਾਟਾ ਡਾਟਾਬੇਸ ਕਲੱਸਟਰ { $cluster } ਉੱਤੇ ਹੈ। ਐਕਸਪੋਰਟ ਕਰਨ ਜਾਂ ਹਟਾਉਣ ਤੋਂ ਪਹਿਲਾਂ ਇਸ ਨੂੰ ਕਲੱਸਟਰ “main” ਉੱਤੇ ਲੈ ਜਾਓ।
