# Telugu (తెలుగు) — errors.ftl: general errors of the server and its API
error-tenant-not-found = ఈ చిరునామాలో ఏ దేశ టీకాకరణ సేవా అందుబాటులో లేదు.
error-tenant-suspended = ఈ దేశ టీకాకరణ సేవ తాత్కాలికంగా నిలిపివేయబడింది. దయచేసి ఆరోగ్య మంత్రిత్వ శాఖను సంప్రదించండి.
error-not-found = మీరు కోరిన వనరు లేదు.
error-method-not-allowed = ఈ వనరుపై ఈ పద్ధతికి అనుమతి లేదు.
error-invalid-parameter = “{ $name }” పరామితి లేదు లేదా చెల్లదు.
error-invalid-body = అభ్యర్థనలోని విషయం చెల్లదు.
error-payload-too-large = అభ్యర్థన చాలా పెద్దదిగా ఉంది.
error-unsupported-media-type = అభ్యర్థనను JSON రూపంలో పంపాలి.
error-internal = మా వైపు ఏదో పొరపాటు జరిగింది. దయచేసి కాసేపటి తర్వాత మళ్లీ ప్రయత్నించండి.
error-unavailable = సేవ తాత్కాలికంగా అందుబాటులో లేదు. దయచేసి కొద్దిసేపటి తర్వాత మళ్లీ ప్రయత్నించండి.
error-rate-limited = చాలా ఎక్కువ అభ్యర్థనలు వచ్చాయి. దయచేసి { $seconds } సెకన్ల తర్వాత మళ్లీ ప్రయత్నించండి.
error-tenant-config-invalid = టెనెంట్ కాన్ఫిగరేషన్ చెల్లదు: { $reason }
error-confirmation-mismatch = నిర్ధారించడానికి, దేశ కోడ్ { $code } ను “confirm” గా పంపండి.
error-configuration-changed = మీరు కాన్ఫిగరేషన్‌ను తెరిచిన తర్వాత మరొకరు దాన్ని మార్చారు (ఇప్పుడు వెర్షన్ { $version }). దాన్ని మళ్లీ లోడ్ చేసి మీ మార్పును మళ్లీ చేయండి.
error-tenant-on-other-cluster = ఈ దేశ డేటా { $cluster } డేటాబేస్ క్లస్టర్‌లో ఉంది. ఎగుమతి చేసే ముందు లేదా ప్లాట్‌ఫామ్ నుండి తొలగించే ముందు దాన్ని “main” క్లస్టర్‌కు తరలించండి.
