# Telugu (తెలుగు) — staff.ftl: messages of staff accounts and access control
error-staff-login-failed = ఇ-మెయిల్ చిరునామా లేదా పాస్‌వర్డ్ సరైనది కాదు, లేదా ఖాతా నిలిపివేయబడింది.
error-forbidden = మీ పాత్ర ఇక్కడ ఈ చర్యను అనుమతించదు.
error-csrf-rejected = ఈ అభ్యర్థన ఈ సైట్ సొంత పేజీల నుండి రాలేదు. పేజీని మళ్లీ లోడ్ చేసి మళ్లీ ప్రయత్నించండి.
error-invitation-invalid = ఈ ఆహ్వానం చెల్లదు: ఇది ఇప్పటికే ఉపయోగించబడింది లేదా దీని గడువు ముగిసింది.
error-weak-password = కనీసం { $length } అక్షరాలు ఉన్న పాస్‌వర్డ్‌ను ఎంచుకోండి.
error-staff-not-found = ఈ దేశ సేవలో అలాంటి సిబ్బంది ఎవరూ లేరు.
error-mail-delivery-failed = ప్రస్తుతం ఇ-మెయిల్ పంపలేకపోయాము. దయచేసి కొన్ని నిమిషాల తర్వాత మళ్లీ ప్రయత్నించండి.
error-staff-email-registered = ఈ ఇ-మెయిల్ చిరునామాతో ఇప్పటికే ఒక సిబ్బంది ఖాతా ఉంది.
staff-invitation-subject = { $country } CoWIN టీకాకరణ సేవకు మీకు ఆహ్వానం
staff-invitation-body = { $name } గారూ, { $country } CoWIN టీకాకరణ సేవకు { $role } గా మిమ్మల్ని ఆహ్వానించాము. మీ పాస్‌వర్డ్‌ను సెట్ చేయడానికి, ఈ కోడ్‌ను { $days } రోజుల లోపు ఉపయోగించండి: { $token }
