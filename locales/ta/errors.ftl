# Tamil (தமிழ்) — errors.ftl: general errors of the service and its interface
error-tenant-not-found = இந்த முகவரியில் எந்த நாட்டின் தடுப்பூசி சேவையும் வழங்கப்படவில்லை.
error-tenant-suspended = இந்த நாட்டின் தடுப்பூசி சேவை இடைநிறுத்தப்பட்டுள்ளது. தயவுசெய்து சுகாதார அமைச்சகத்தைத் தொடர்புகொள்ளவும்.
error-not-found = கோரப்பட்ட ஆதாரம் இல்லை.
error-method-not-allowed = இந்த ஆதாரத்தில் இந்த முறை அனுமதிக்கப்படவில்லை.
error-invalid-parameter = “{ $name }” என்ற அளவுரு இல்லை, அல்லது செல்லுபடியாகாது.
error-invalid-body = கோரிக்கையின் உள்ளடக்கம் செல்லுபடியாகாது.
error-payload-too-large = கோரிக்கை மிகப் பெரியது.
error-unsupported-media-type = கோரிக்கை JSON வடிவில் அனுப்பப்பட வேண்டும்.
error-internal = எங்கள் தரப்பில் ஏதோ தவறு நடந்துவிட்டது. தயவுசெய்து பின்னர் மீண்டும் முயலவும்.
error-unavailable = சேவை தற்காலிகமாகக் கிடைக்கவில்லை. தயவுசெய்து சிறிது நேரத்தில் மீண்டும் முயலவும்.
error-rate-limited = மிக அதிகமான கோரிக்கைகள். தயவுசெய்து { $seconds } விநாடிகளுக்குப் பிறகு மீண்டும் முயலவும்.
error-tenant-config-invalid = நாட்டுச் சேவையின் உள்ளமைவு செல்லுபடியாகாது: { $reason }
error-confirmation-mismatch = உறுதிப்படுத்த, நாட்டுக் குறியீடு { $code }-ஐ “confirm” ஆக அனுப்பவும்.
error-configuration-changed = நீங்கள் திறந்த பிறகு வேறொருவர் உள்ளமைவை மாற்றியுள்ளார் (இப்போது பதிப்பு { $version }). அதை மீண்டும் ஏற்றி, உங்கள் மாற்றத்தை மீண்டும் செய்யவும்.
