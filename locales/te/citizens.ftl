# Telugu (తెలుగు) — citizens.ftl: errors of login, registration and booking
error-unauthenticated = దయచేసి మళ్లీ సైన్ ఇన్ చేయండి: మీ సెషన్ కనిపించడం లేదు లేదా దాని గడువు ముగిసింది.
error-invalid-mobile = ఈ మొబైల్ నంబర్ చెల్లదు.
error-otp-invalid = మీరు నమోదు చేసిన ఓటీపీ సరైనది కాదు.
error-otp-expired = ఈ ఓటీపీ గడువు ముగిసింది లేదా ఇది ఇప్పటికే ఉపయోగించబడింది. దయచేసి కొత్త ఓటీపీ కోసం అభ్యర్థించండి.
error-otp-attempts-exceeded = చాలాసార్లు తప్పుగా ప్రయత్నించారు. దయచేసి కొత్త ఓటీపీ కోసం అభ్యర్థించండి.
error-otp-delivery-failed = ప్రస్తుతం ఓటీపీని పంపలేకపోయాము. దయచేసి కొన్ని నిమిషాల తర్వాత మళ్లీ ప్రయత్నించండి.
error-invalid-id-document = ఈ { $document } నంబర్ చెల్లదు.
error-id-document-registered = ఈ గుర్తింపు పత్రం ఇప్పటికే నమోదై ఉంది.
error-member-limit-reached = ఈ మొబైల్ నంబర్‌తో ఇప్పటికే గరిష్ఠంగా { $limit } మంది సభ్యులు నమోదై ఉన్నారు.
error-beneficiary-not-found = ఈ మొబైల్ నంబర్‌తో అలాంటి లబ్ధిదారు ఎవరూ నమోదు కాలేదు.
error-beneficiary-vaccinated = ఒక్క డోసు అయినా తీసుకున్న లబ్ధిదారును తొలగించలేరు.
error-session-not-found = ఈ టీకాకరణ సెషన్ లేదు.
error-session-closed = ఈ సెషన్‌కు బుకింగ్‌లు ముగిశాయి.
error-slot-not-offered = ఎంచుకున్న సమయ స్లాట్ ఈ సెషన్‌లో అందుబాటులో లేదు.
error-no-capacity = ఈ సెషన్‌లో ఈ డోసు కోసం ఇక టీకాలు మిగిలి లేవు.
error-age-not-eligible = ఈ సెషన్ లబ్ధిదారు వయస్సు వర్గానికి అందుబాటులో లేదు.
error-dose-out-of-order = మునుపటి డోసులు నమోదు కాకముందు ఈ డోసును బుక్ చేయలేరు.
error-dose-too-early = తదుపరి డోసును { $date } నుండి బుక్ చేసుకోవచ్చు.
error-vaccine-mismatch = ఈ డోసు కూడా మునుపటి డోసుల టీకానే ({ $vaccine }) అయి ఉండాలి.
error-already-booked = ఈ డోసు కోసం లబ్ధిదారుకు ఇప్పటికే అపాయింట్‌మెంట్ ఉంది.
error-appointment-not-found = ఈ ఖాతాలో అలాంటి అపాయింట్‌మెంట్ ఏదీ లేదు.
error-appointment-completed = ఈ అపాయింట్‌మెంట్ పూర్తయింది, దీన్ని మార్చలేరు.
otp-message = మీ CoWIN ధ్రువీకరణ కోడ్ { $otp }. ఇది { $minutes } నిమిషాల పాటు చెల్లుతుంది. దీన్ని ఎప్పుడూ ఎవరితోనూ పంచుకోవద్దు.
otp-email-subject = మీ CoWIN ధ్రువీకరణ కోడ్
dose-reminder-sms = CoWIN: { $name } గారి డోసు { $dose } ను { $date } నుండి తీసుకోవచ్చు. { $link } లో స్లాట్ బుక్ చేసుకోండి
dose-reminder-subject = { $name } గారి డోసు { $dose } తీసుకునే సమయం వచ్చింది
dose-reminder-body =
    { $name } గారికి నమస్కారం,
    అమలులో ఉన్న టీకాకరణ నియమాల ప్రకారం, డోసు { $dose } ను { $date } నుండి తీసుకోవచ్చు.
    { $link } లో స్లాట్ బుక్ చేసుకోండి (ఖాతాకు చెందిన మొబైల్ నంబర్‌తో సైన్ ఇన్ చేయండి).
error-invalid-passport = ఇది పాస్‌పోర్ట్ నంబర్ కాదు: పాస్‌పోర్ట్ ఫోటో పేజీలో ముద్రించిన నంబర్‌ను రాయండి (5 నుండి 9 అక్షరాలు, అంకెలు).
