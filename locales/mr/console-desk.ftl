# Marathi (मराठी) — console-desk.ftl: the admin console's vaccinator desk (today's list, verification, walk-ins, doses, offline queue)

console-nav-desk = लसीकरणकर्ता डेस्क
console-nav-desk-queue = या डिव्हाइसवरील डोस
console-desk-title = लसीकरणकर्ता डेस्क

## Connection and queue
console-desk-online = ऑनलाइन
console-desk-offline = ऑफलाइन
console-desk-offline-explain = आपण नोंदवलेले डोस याच डिव्हाइसवर ठेवले जातात आणि नेटवर्क परत येताच पाठवले जातात.
console-desk-pending-count = { $count ->
    [0] पाठवण्यासाठी कोणताही डोस बाकी नाही
    [one] { $count } डोस पाठवायचा बाकी आहे
   *[other] { $count } डोस पाठवायचे बाकी आहेत
}
console-desk-queue-open = डोस पाहा
console-desk-sync-now = आता पाठवा
console-desk-sync-title = पाठवलेले डोस
console-desk-sync-result = नोंदवले: { $recorded }. आधीच नोंदवलेले: { $duplicate }. नाकारले: { $refused }.
console-desk-sync-unreachable = सर्व्हरशी संपर्क होऊ शकला नाही; डोस याच डिव्हाइसवर राहतील आणि नंतर पाठवले जातील.
console-desk-sync-still-pending = { $count ->
    [one] { $count } डोस अजून बाकी आहे.
   *[other] { $count } डोस अजून बाकी आहेत.
}
console-desk-sync-other-staff = हे डोस या डिव्हाइसवर दुसऱ्या कर्मचाऱ्याने नोंदवले आहेत: ती व्यक्ती येथे पुन्हा साइन इन करेल तेव्हा ते पाठवले जातील.
console-desk-sync-nothing = पाठवण्यासाठी काहीही बाकी नव्हते.
console-desk-storage-failed-title = हा ब्राउझर डेस्कचे काम जतन करू शकत नाही
console-desk-storage-failed-text = नेटवर्क गेल्यावर डोस जतन करून ठेवण्यासाठी डेस्कला ब्राउझरचे स्टोरेज (IndexedDB) आवश्यक आहे. खाजगी ब्राउझिंगमधून बाहेर पडा, किंवा दुसरा ब्राउझर वापरा.
console-desk-no-facility-title = केंद्र नाही
console-desk-no-facility-text = आपल्याला कोणत्याही सक्रिय केंद्रावर नेमलेले नाही. आपल्याला एखाद्या केंद्राशी जोडण्यास आपल्या जिल्हा प्रशासकाला सांगा.

## Today's list
console-desk-facility-label = केंद्र
console-desk-facility-at = केंद्र: { $facility }
console-desk-verify-document = ओळखपत्राद्वारे शोधा
console-desk-walk-in = अपॉइंटमेंटशिवाय आलेल्या व्यक्तीची नोंदणी करा
console-desk-appointments-title = { $date } रोजीच्या अपॉइंटमेंट
console-desk-appointments-saved = { $time } वाजता जतन केलेली यादी: नेटवर्क बंद आहे, त्यामुळे ती जुनी असू शकते.
console-desk-appointments-search = नाव किंवा संदर्भ क्रमांकाने शोधा
console-desk-appointments-none = आज येथे कोणतीही अपॉइंटमेंट बुक केलेली नाही.
console-desk-appointments-no-match = आजच्या यादीत या शोधाशी कोणीही जुळत नाही.
console-desk-appointment-open = { $name } यांची पडताळणी करा, स्लॉट { $slot }
console-desk-appointment-line = जन्म { $year } · { $slot }
console-desk-appointment-dose = { $vaccine } लसीचा डोस { $dose }
console-desk-appointment-missing = ही अपॉइंटमेंट या केंद्राच्या आजच्या यादीत नाही.
console-desk-back-to-list = आजच्या यादीकडे परत जा

## Verification
console-desk-verify-title = अपॉइंटमेंटची पडताळणी करा
console-desk-code-label = सुरक्षा कोड
console-desk-code-hint = त्यांच्या अपॉइंटमेंट पावतीवर छापलेले ४ अंक.
console-desk-code-invalid = सुरक्षा कोडचे ४ अंक प्रविष्ट करा.
console-desk-code-submit = पडताळणी करा
console-desk-code-offline-title = नेटवर्क नाही: कोड तपासता येत नाही
console-desk-code-offline-text = त्यांची अपॉइंटमेंट पावती आणि त्यांचे ओळखपत्र स्वतः तपासा. डोस पाठवला जाईल तेव्हा सर्व्हर त्याची तपासणी करेल.
console-desk-code-offline-confirm = मी त्यांची कागदपत्रे तपासली आहेत
console-desk-checked-by-eye = नेटवर्कशिवाय आपण तपासले: डोस पाठवला जाईल तेव्हा सर्व्हर त्याची तपासणी करेल.
console-desk-document-title = ओळखपत्राद्वारे शोधा
console-desk-document-type = ओळखपत्र
console-desk-document-number = ओळखपत्र क्रमांक
console-desk-document-number-missing = ओळखपत्र क्रमांक प्रविष्ट करा.
console-desk-document-submit = शोधा
console-desk-document-not-found = सापडले नाही
console-desk-document-offline-title = नेटवर्क नाही
console-desk-document-offline-text = एखाद्या व्यक्तीला तिच्या ओळखपत्राद्वारे फक्त ऑनलाइन असतानाच शोधता येते. त्यांची नोंदणी अद्याप झाली नसेल, तर अपॉइंटमेंटशिवाय आलेली व्यक्ती म्हणून त्यांची नोंदणी करा: नोंदणी त्यांच्या डोससोबत नेटवर्कची वाट पाहील.

## The person
console-desk-person-born = जन्मवर्ष { $year }
console-desk-person-reference = संदर्भ क्रमांक { $reference }
console-desk-person-not-registered = नेटवर्क परत आल्यावर नोंदणी होईल
console-desk-person-no-doses = अद्याप कोणताही डोस नाही
console-desk-person-doses = आतापर्यंतचे डोस
console-desk-person-dose-line = डोस { $dose }: { $vaccine }, { $date }

## Walk-ins
console-desk-walk-in-title = अपॉइंटमेंटशिवाय आलेल्या व्यक्तीची नोंदणी करा
console-desk-walk-in-name = पूर्ण नाव (ओळखपत्रावर असल्याप्रमाणे)
console-desk-walk-in-name-missing = त्यांचे नाव प्रविष्ट करा.
console-desk-walk-in-birth-year = जन्मवर्ष
console-desk-walk-in-birth-year-invalid = 1980 सारखे जन्मवर्ष प्रविष्ट करा.
console-desk-walk-in-gender = लिंग
console-desk-walk-in-mobile = मोबाइल क्रमांक
console-desk-walk-in-mobile-hint = त्यांचे खाते या क्रमांकाचे असेल; नवीन असल्यास ते तयार केले जाईल.
console-desk-walk-in-mobile-invalid = मोबाइल क्रमांक प्रविष्ट करा.
console-desk-walk-in-submit = नोंदणी करा आणि पुढे चला
console-desk-walk-in-refused = नोंदणी झाली नाही
console-desk-walk-in-registered = नोंदणी झाली.
console-desk-walk-in-found = आधीच नोंदणीकृत: त्यांच्या ओळखपत्राद्वारे सापडले.
console-desk-walk-in-offline = नेटवर्क नाही: नेटवर्क परत आल्यावर, त्यांचा डोस पाठवण्याच्या अगदी आधी, त्यांची नोंदणी होईल.

## Recording a dose
console-desk-record-form = डोस नोंदवा
console-desk-record-vaccine = लस
console-desk-record-dose = डोस
console-desk-record-dose-option = डोस { $dose }
console-desk-record-batch = बॅच क्रमांक
console-desk-record-batch-hint = या केंद्रावर आजच्या दिवसासाठी लक्षात ठेवला जातो.
console-desk-record-batch-missing = कुपीचा बॅच क्रमांक प्रविष्ट करा.
console-desk-record-no-vaccine = आज या केंद्राच्या कोणत्याही सत्रात लस दिली जात नाही. आजचे सत्र प्रकाशित करण्यास आपल्या केंद्र व्यवस्थापकाला सांगा.
console-desk-record-submit = { $vaccine } लसीचा डोस { $dose } नोंदवा
console-desk-outcome-recorded = { $name } यांच्यासाठी { $vaccine } लसीचा डोस { $dose } नोंदवला.
console-desk-outcome-queued = { $name } यांच्यासाठी { $vaccine } लसीचा डोस { $dose } या डिव्हाइसवर जतन केला.
console-desk-outcome-queued-text = नेटवर्क परत येताच तो पाठवला जाईल.
console-desk-outcome-duplicate = { $name } यांच्यासाठी { $vaccine } लसीचा डोस { $dose } आधीच नोंदवला होता: तो एकदाच मोजला जातो.
console-desk-outcome-refused = { $name } यांच्यासाठी { $vaccine } लसीचा डोस { $dose } नोंदवला गेला नाही.
console-desk-outcome-already-queued = { $name } यांच्यासाठी { $vaccine } लसीचा डोस { $dose } आधीच या डिव्हाइसवर आहे: तो एकदाच मोजला जातो.
console-desk-outcome-change = बदला आणि पुन्हा नोंदवा
console-desk-outcome-next = पुढील व्यक्ती

## Doses on this device
console-desk-queue-title = या डिव्हाइसवरील डोस
console-desk-queue-last-sync = शेवटचे { $time } वाजता पाठवले.
console-desk-queue-pending-title = { $count ->
    [one] पाठवणे बाकी ({ $count })
   *[other] पाठवणे बाकी ({ $count })
}
console-desk-queue-pending-none = काहीही बाकी नाही: येथे नोंदवलेला प्रत्येक डोस सर्व्हरपर्यंत पोहोचला आहे.
console-desk-queue-settled-title = आज पाठवलेले
console-desk-queue-settled-none = आज या डिव्हाइसवरून अद्याप कोणताही डोस पाठवलेला नाही.
console-desk-queue-entry-dose = { $vaccine } लसीचा डोस { $dose }, बॅच { $batch }, वेळ { $time }
console-desk-queue-entry-walk-in = अपॉइंटमेंटशिवाय आलेली व्यक्ती: डोस पाठवण्याच्या अगदी आधी नोंदणी होईल.
console-desk-queue-entry-attempts = { $count ->
    [one] सर्व्हरपर्यंत न पोहोचता एकदा प्रयत्न केला.
   *[other] सर्व्हरपर्यंत न पोहोचता { $count } वेळा प्रयत्न केला.
}
console-desk-queue-dismiss = यादीतून काढा
console-desk-queue-dismiss-label = { $name } यांना यादीतून काढा
console-desk-status-pending = प्रतीक्षेत
console-desk-status-recorded = नोंदवले
console-desk-status-duplicate = आधीच नोंदवलेले
console-desk-status-refused = नाकारले
