# Telugu (తెలుగు) — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = భద్రతా కోడ్ లేదా గుర్తింపు పత్రం ఈ కేంద్రంలో బుక్ చేసుకున్న ఏ లబ్ధిదారుతోనూ సరిపోలడం లేదు.
error-dose-already-recorded = ఈ లబ్ధిదారుకు ఈ డోసు ఇప్పటికే నమోదైంది.
error-idempotency-key-reused = ఈ అభ్యర్థన కీ ఇప్పటికే మరొక డోసు రికార్డు కోసం ఉపయోగించబడింది.
error-facility-not-found = అలాంటి కేంద్రం ఏదీ లేదు.
error-facility-managed-by-config = ఈ కేంద్రం దేశ కాన్ఫిగరేషన్‌లో నిర్వచించబడింది; దాన్ని అక్కడే మార్చండి.
error-session-exists = ఈ కేంద్రంలో ఆ రోజు ఇప్పటికే ఈ టీకా సెషన్ ఉంది.
error-capacity-below-booked = సామర్థ్యం ఇప్పటికే బుక్ అయిన స్థానాల కంటే తక్కువ ఉండకూడదు.
error-session-has-bookings = ఈ సెషన్‌లో ఇప్పటికే బుకింగ్‌లు ఉన్నాయి: దాని రోజు, వయస్సులు, బుక్ అయిన స్లాట్‌లను మార్చలేరు. స్లాట్‌లను జోడించండి, లేదా మరొక సెషన్‌ను ప్రచురించండి.
error-request-decided = ఈ అభ్యర్థనపై ఇప్పటికే నిర్ణయం తీసుకోబడింది.
