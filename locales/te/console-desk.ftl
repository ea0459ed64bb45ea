# Telugu (తెలుగు) — console-desk.ftl: the admin console's vaccinator desk (today's list, verification, walk-ins, doses, offline queue)

console-nav-desk = టీకా వేసేవారి డెస్క్
console-nav-desk-queue = ఈ పరికరంలోని డోసులు
console-desk-title = టీకా వేసేవారి డెస్క్

## Connection and queue
console-desk-online = ఆన్‌లైన్
console-desk-offline = ఆఫ్‌లైన్
console-desk-offline-explain = మీరు నమోదు చేసే డోసులు ఈ పరికరంలో భద్రంగా ఉంటాయి, నెట్‌వర్క్ తిరిగి రాగానే పంపబడతాయి.
console-desk-pending-count = { $count ->
    [0] పంపడానికి డోసులు ఏవీ వేచి లేవు
    [one] 1 డోసు పంపడానికి వేచి ఉంది
   *[other] { $count } డోసులు పంపడానికి వేచి ఉన్నాయి
}
console-desk-queue-open = డోసులను చూడండి
console-desk-sync-now = ఇప్పుడే పంపండి
console-desk-sync-title = పంపిన డోసులు
console-desk-sync-result = నమోదైనవి: { $recorded }. ఇప్పటికే నమోదైనవి: { $duplicate }. తిరస్కరించినవి: { $refused }.
console-desk-sync-unreachable = సర్వర్‌ను చేరుకోలేకపోయాము; డోసులు ఈ పరికరంలోనే ఉంటాయి, తర్వాత పంపబడతాయి.
console-desk-sync-still-pending = { $count ->
    [one] 1 డోసు ఇంకా వేచి ఉంది.
   *[other] { $count } డోసులు ఇంకా వేచి ఉన్నాయి.
}
console-desk-sync-other-staff = ఈ డోసులను ఈ పరికరంలో మరొక సిబ్బంది నమోదు చేశారు: ఆ వ్యక్తి ఇక్కడ మళ్లీ సైన్ ఇన్ చేసినప్పుడు అవి పంపబడతాయి.
console-desk-sync-nothing = పంపడానికి ఏవీ వేచి లేవు.
console-desk-storage-failed-title = ఈ బ్రౌజర్ డెస్క్ పనిని భద్రపరచలేదు
console-desk-storage-failed-text = నెట్‌వర్క్ పోయినప్పుడు డోసులను భద్రపరచడానికి డెస్క్‌కు బ్రౌజర్ స్టోరేజ్ (IndexedDB) అవసరం. ప్రైవేట్ బ్రౌజింగ్ నుండి బయటకు రండి, లేదా మరొక బ్రౌజర్‌ను ఉపయోగించండి.
console-desk-no-facility-title = కేంద్రం లేదు
console-desk-no-facility-text = మిమ్మల్ని ఏ క్రియాశీల కేంద్రానికీ కేటాయించలేదు. మిమ్మల్ని ఒక కేంద్రానికి జోడించమని మీ జిల్లా నిర్వాహకులను అడగండి.

## Today's list
console-desk-facility-label = కేంద్రం
console-desk-facility-at = కేంద్రం: { $facility }
console-desk-verify-document = గుర్తింపు పత్రంతో వెతకండి
console-desk-walk-in = నేరుగా వచ్చినవారిని నమోదు చేయండి
console-desk-appointments-title = { $date } నాటి అపాయింట్‌మెంట్‌లు
console-desk-appointments-saved = { $time } నాటి భద్రపరచిన జాబితా: నెట్‌వర్క్ లేనందున ఇది తాజాగా ఉండకపోవచ్చు.
console-desk-appointments-search = పేరు లేదా రిఫరెన్స్‌తో వెతకండి
console-desk-appointments-none = ఈ రోజు ఇక్కడ అపాయింట్‌మెంట్‌లు ఏవీ బుక్ కాలేదు.
console-desk-appointments-no-match = ఈ రోజు జాబితాలో ఈ శోధనకు సరిపోయేవారు ఎవరూ లేరు.
console-desk-appointment-open = { $name } ను ధ్రువీకరించండి, స్లాట్ { $slot }
console-desk-appointment-line = జననం { $year } · { $slot }
console-desk-appointment-dose = { $vaccine } డోసు { $dose }
console-desk-appointment-missing = ఈ అపాయింట్‌మెంట్ ఈ కేంద్రానికి సంబంధించిన ఈ రోజు జాబితాలో లేదు.
console-desk-back-to-list = ఈ రోజు జాబితాకు తిరిగి వెళ్లండి

## Verification
console-desk-verify-title = అపాయింట్‌మెంట్‌ను ధ్రువీకరించండి
console-desk-code-label = భద్రతా కోడ్
console-desk-code-hint = వారి అపాయింట్‌మెంట్ స్లిప్‌పై ముద్రించిన 4 అంకెలు.
console-desk-code-invalid = భద్రతా కోడ్‌లోని 4 అంకెలను నమోదు చేయండి.
console-desk-code-submit = ధ్రువీకరించండి
console-desk-code-offline-title = నెట్‌వర్క్ లేదు: కోడ్‌ను తనిఖీ చేయలేము
console-desk-code-offline-text = వారి అపాయింట్‌మెంట్ స్లిప్‌ను, గుర్తింపు పత్రాన్ని మీరే తనిఖీ చేయండి. డోసును పంపినప్పుడు సర్వర్ దాన్ని తనిఖీ చేస్తుంది.
console-desk-code-offline-confirm = వారి పత్రాలను నేను తనిఖీ చేశాను
console-desk-checked-by-eye = నెట్‌వర్క్ లేకుండా మీరు తనిఖీ చేశారు: డోసును పంపినప్పుడు సర్వర్ దాన్ని తనిఖీ చేస్తుంది.
console-desk-document-title = గుర్తింపు పత్రంతో వెతకండి
console-desk-document-type = గుర్తింపు పత్రం
console-desk-document-number = పత్రం నంబర్
console-desk-document-number-missing = పత్రం నంబర్‌ను నమోదు చేయండి.
console-desk-document-submit = వెతకండి
console-desk-document-not-found = కనిపించలేదు
console-desk-document-offline-title = నెట్‌వర్క్ లేదు
console-desk-document-offline-text = ఆన్‌లైన్‌లో ఉన్నప్పుడు మాత్రమే ఒక వ్యక్తిని వారి పత్రంతో వెతకవచ్చు. వారు ఇంకా నమోదు కాకపోతే, నేరుగా వచ్చినవారిగా నమోదు చేయండి: ఆ నమోదు వారి డోసుతో పాటు నెట్‌వర్క్ కోసం వేచి ఉంటుంది.

## The person
console-desk-person-born = జననం { $year }
console-desk-person-reference = రిఫరెన్స్ { $reference }
console-desk-person-not-registered = నెట్‌వర్క్ తిరిగి వచ్చినప్పుడు నమోదవుతారు
console-desk-person-no-doses = ఇంకా డోసులు లేవు
console-desk-person-doses = ఇప్పటివరకు తీసుకున్న డోసులు
console-desk-person-dose-line = డోసు { $dose }: { $vaccine }, { $date }

## Walk-ins
console-desk-walk-in-title = నేరుగా వచ్చినవారిని నమోదు చేయండి
console-desk-walk-in-name = పూర్తి పేరు (పత్రంలో ఉన్నట్లు)
console-desk-walk-in-name-missing = వారి పేరును నమోదు చేయండి.
console-desk-walk-in-birth-year = పుట్టిన సంవత్సరం
console-desk-walk-in-birth-year-invalid = 1980 లాంటి పుట్టిన సంవత్సరాన్ని నమోదు చేయండి.
console-desk-walk-in-gender = లింగం
console-desk-walk-in-mobile = మొబైల్ నంబర్
console-desk-walk-in-mobile-hint = వారి ఖాతా ఈ నంబర్‌కు చెందుతుంది; ఇది కొత్త నంబర్ అయితే ఖాతా సృష్టించబడుతుంది.
console-desk-walk-in-mobile-invalid = మొబైల్ నంబర్‌ను నమోదు చేయండి.
console-desk-walk-in-submit = నమోదు చేసి కొనసాగండి
console-desk-walk-in-refused = నమోదు కాలేదు
console-desk-walk-in-registered = నమోదైంది.
console-desk-walk-in-found = ఇప్పటికే నమోదై ఉన్నారు: వారి గుర్తింపు పత్రంతో కనుగొన్నాము.
console-desk-walk-in-offline = నెట్‌వర్క్ లేదు: నెట్‌వర్క్ తిరిగి వచ్చినప్పుడు, వారి డోసును పంపే ముందు వారు నమోదవుతారు.

## Recording a dose
console-desk-record-form = డోసును నమోదు చేయండి
console-desk-record-vaccine = టీకా
console-desk-record-dose = డోసు
console-desk-record-dose-option = డోసు { $dose }
console-desk-record-batch = బ్యాచ్ నంబర్
console-desk-record-batch-hint = ఈ కేంద్రంలో ఈ రోజంతా గుర్తుంచుకోబడుతుంది.
console-desk-record-batch-missing = టీకా సీసా (వయల్) బ్యాచ్ నంబర్‌ను నమోదు చేయండి.
console-desk-record-no-vaccine = ఈ రోజు ఈ కేంద్రంలోని ఏ సెషన్‌లోనూ టీకా ఇవ్వడం లేదు. ఈ రోజు సెషన్‌ను ప్రచురించమని మీ కేంద్ర నిర్వాహకులను అడగండి.
console-desk-record-submit = { $vaccine } డోసు { $dose } ను నమోదు చేయండి
console-desk-outcome-recorded = { $name } కోసం { $vaccine } డోసు { $dose } నమోదైంది.
console-desk-outcome-queued = { $name } కోసం { $vaccine } డోసు { $dose } ఈ పరికరంలో భద్రపరచబడింది.
console-desk-outcome-queued-text = నెట్‌వర్క్ తిరిగి రాగానే ఇది పంపబడుతుంది.
console-desk-outcome-duplicate = { $name } కోసం { $vaccine } డోసు { $dose } ఇప్పటికే నమోదై ఉంది: ఇది ఒక్కసారే లెక్కించబడుతుంది.
console-desk-outcome-refused = { $name } కోసం { $vaccine } డోసు { $dose } నమోదు కాలేదు.
console-desk-outcome-already-queued = { $name } కోసం { $vaccine } డోసు { $dose } ఇప్పటికే ఈ పరికరంలో ఉంది: ఇది ఒక్కసారే లెక్కించబడుతుంది.
console-desk-outcome-change = మార్చి మళ్లీ నమోదు చేయండి
console-desk-outcome-next = తదుపరి వ్యక్తి

## Doses on this device
console-desk-queue-title = ఈ పరికరంలోని డోసులు
console-desk-queue-last-sync = చివరిసారి { $time } కి పంపబడింది.
console-desk-queue-pending-title = { $count ->
    [one] పంపడానికి వేచి ఉన్నవి (1)
   *[other] పంపడానికి వేచి ఉన్నవి ({ $count })
}
console-desk-queue-pending-none = ఏవీ వేచి లేవు: ఇక్కడ నమోదు చేసిన ప్రతి డోసు సర్వర్‌కు చేరింది.
console-desk-queue-settled-title = ఈ రోజు పంపినవి
console-desk-queue-settled-none = ఈ రోజు ఈ పరికరం నుండి ఇంకా డోసులు ఏవీ పంపలేదు.
console-desk-queue-entry-dose = { $vaccine } డోసు { $dose }, బ్యాచ్ { $batch }, { $time } కి
console-desk-queue-entry-walk-in = నేరుగా వచ్చినవారు: డోసును పంపే ముందు నమోదవుతారు.
console-desk-queue-entry-attempts = { $count ->
    [one] ఒకసారి ప్రయత్నించాము, సర్వర్‌ను చేరుకోలేకపోయాము.
   *[other] { $count } సార్లు ప్రయత్నించాము, సర్వర్‌ను చేరుకోలేకపోయాము.
}
console-desk-queue-dismiss = జాబితా నుండి తొలగించండి
console-desk-queue-dismiss-label = { $name } ను జాబితా నుండి తొలగించండి
console-desk-status-pending = వేచి ఉంది
console-desk-status-recorded = నమోదైంది
console-desk-status-duplicate = ఇప్పటికే నమోదైంది
console-desk-status-refused = తిరస్కరించబడింది
