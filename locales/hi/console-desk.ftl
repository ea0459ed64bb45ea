# Hindi — console-desk.ftl: the admin console's vaccinator desk (today's list, verification, walk-ins, doses, offline queue)

console-nav-desk = टीकाकर्ता डेस्क
console-nav-desk-queue = इस डिवाइस पर खुराकें
console-desk-title = टीकाकर्ता डेस्क

## Connection and queue
console-desk-online = ऑनलाइन
console-desk-offline = ऑफ़लाइन
console-desk-offline-explain = आप जो खुराकें दर्ज करते हैं, वे इसी डिवाइस पर रखी जाती हैं और नेटवर्क लौटते ही भेज दी जाती हैं।
console-desk-pending-count = { $count ->
    [0] भेजने के लिए कोई खुराक बाकी नहीं है
    [one] { $count } खुराक भेजी जानी बाकी है
   *[other] { $count } खुराकें भेजी जानी बाकी हैं
}
console-desk-queue-open = खुराकें देखें
console-desk-sync-now = अभी भेजें
console-desk-sync-title = खुराकें भेजी गईं
console-desk-sync-result = दर्ज: { $recorded }। पहले से दर्ज: { $duplicate }। अस्वीकृत: { $refused }।
console-desk-sync-unreachable = सर्वर से संपर्क नहीं हो सका; खुराकें इसी डिवाइस पर रहेंगी और बाद में भेजी जाएँगी।
console-desk-sync-still-pending = { $count ->
    [one] { $count } खुराक अभी भी बाकी है।
   *[other] { $count } खुराकें अभी भी बाकी हैं।
}
console-desk-sync-other-staff = ये खुराकें इस डिवाइस पर किसी दूसरे कर्मचारी ने दर्ज की थीं: वह व्यक्ति यहाँ फिर से साइन इन करेगा तब ये भेजी जाएँगी।
console-desk-sync-nothing = भेजने के लिए कुछ भी बाकी नहीं था।
console-desk-storage-failed-title = यह ब्राउज़र डेस्क का काम सहेज नहीं सकता
console-desk-storage-failed-text = नेटवर्क जाने पर खुराकें रखने के लिए डेस्क को ब्राउज़र के भंडारण (IndexedDB) की ज़रूरत है। निजी ब्राउज़िंग से बाहर आएँ या कोई दूसरा ब्राउज़र इस्तेमाल करें।
console-desk-no-facility-title = कोई केंद्र नहीं
console-desk-no-facility-text = आप किसी सक्रिय केंद्र से जुड़े नहीं हैं। अपने ज़िला प्रशासक से किसी केंद्र में जोड़ने के लिए कहें।

## Today's list
console-desk-facility-label = केंद्र
console-desk-facility-at = केंद्र: { $facility }
console-desk-verify-document = पहचान दस्तावेज़ से खोजें
console-desk-walk-in = बिना अपॉइंटमेंट आए व्यक्ति का पंजीकरण
console-desk-appointments-title = { $date } के अपॉइंटमेंट
console-desk-appointments-saved = { $time } पर सहेजी गई सूची: नेटवर्क बंद है, इसलिए यह पुरानी हो सकती है।
console-desk-appointments-search = नाम या संदर्भ संख्या से खोजें
console-desk-appointments-none = आज इस केंद्र पर कोई अपॉइंटमेंट बुक नहीं है।
console-desk-appointments-no-match = आज की सूची में इस खोज से कोई मेल नहीं खाता।
console-desk-appointment-open = { $name } का सत्यापन करें, स्लॉट { $slot }
console-desk-appointment-line = जन्म { $year } · { $slot }
console-desk-appointment-dose = { $vaccine } की खुराक { $dose }
console-desk-appointment-missing = यह अपॉइंटमेंट इस केंद्र की आज की सूची में नहीं है।
console-desk-back-to-list = आज की सूची पर लौटें

## Verification
console-desk-verify-title = अपॉइंटमेंट का सत्यापन करें
console-desk-code-label = सुरक्षा कोड
console-desk-code-hint = उनकी अपॉइंटमेंट पर्ची पर छपे 4 अंक।
console-desk-code-invalid = सुरक्षा कोड के 4 अंक दर्ज करें।
console-desk-code-submit = सत्यापित करें
console-desk-code-offline-title = नेटवर्क नहीं है: कोड जाँचा नहीं जा सकता
console-desk-code-offline-text = उनकी अपॉइंटमेंट पर्ची और पहचान दस्तावेज़ स्वयं जाँचें। खुराक भेजे जाने पर सर्वर उसकी जाँच करता है।
console-desk-code-offline-confirm = मैंने उनके दस्तावेज़ जाँच लिए हैं
console-desk-checked-by-eye = नेटवर्क के बिना आपके द्वारा जाँचा गया: खुराक भेजे जाने पर सर्वर उसकी जाँच करता है।
console-desk-document-title = पहचान दस्तावेज़ से खोजें
console-desk-document-type = पहचान दस्तावेज़
console-desk-document-number = दस्तावेज़ संख्या
console-desk-document-number-missing = दस्तावेज़ संख्या दर्ज करें।
console-desk-document-submit = खोजें
console-desk-document-not-found = नहीं मिला
console-desk-document-offline-title = नेटवर्क नहीं है
console-desk-document-offline-text = किसी व्यक्ति को उनके दस्तावेज़ से केवल ऑनलाइन रहते हुए खोजा जा सकता है। यदि उनका पंजीकरण अभी नहीं हुआ है, तो उन्हें बिना अपॉइंटमेंट आए व्यक्ति के रूप में पंजीकृत करें: पंजीकरण उनकी खुराक के साथ नेटवर्क की प्रतीक्षा करता है।

## The person
console-desk-person-born = जन्म वर्ष { $year }
console-desk-person-reference = संदर्भ संख्या { $reference }
console-desk-person-not-registered = नेटवर्क लौटने पर पंजीकृत होंगे
console-desk-person-no-doses = अभी तक कोई खुराक नहीं
console-desk-person-doses = अब तक की खुराकें
console-desk-person-dose-line = खुराक { $dose }: { $vaccine }, { $date }

## Walk-ins
console-desk-walk-in-title = बिना अपॉइंटमेंट आए व्यक्ति का पंजीकरण
console-desk-walk-in-name = पूरा नाम (दस्तावेज़ के अनुसार)
console-desk-walk-in-name-missing = उनका नाम दर्ज करें।
console-desk-walk-in-birth-year = जन्म का वर्ष
console-desk-walk-in-birth-year-invalid = जन्म का वर्ष दर्ज करें, जैसे 1980।
console-desk-walk-in-gender = लिंग
console-desk-walk-in-mobile = मोबाइल नंबर
console-desk-walk-in-mobile-hint = उनका खाता इसी नंबर का होगा; नया हो तो बनाया जाएगा।
console-desk-walk-in-mobile-invalid = मोबाइल नंबर दर्ज करें।
console-desk-walk-in-submit = पंजीकरण करें और आगे बढ़ें
console-desk-walk-in-refused = पंजीकरण नहीं हुआ
console-desk-walk-in-registered = पंजीकरण हो गया।
console-desk-walk-in-found = पहले से पंजीकृत: उनके पहचान दस्तावेज़ से मिल गए।
console-desk-walk-in-offline = नेटवर्क नहीं है: नेटवर्क लौटने पर, उनकी खुराक भेजे जाने से ठीक पहले, उनका पंजीकरण होगा।

## Recording a dose
console-desk-record-form = खुराक दर्ज करें
console-desk-record-vaccine = टीका
console-desk-record-dose = खुराक
console-desk-record-dose-option = खुराक { $dose }
console-desk-record-batch = बैच संख्या
console-desk-record-batch-hint = इस केंद्र पर आज के लिए याद रखी जाती है।
console-desk-record-batch-missing = शीशी की बैच संख्या दर्ज करें।
console-desk-record-no-vaccine = आज इस केंद्र के किसी सत्र में कोई टीका नहीं है। अपने केंद्र प्रबंधक से आज का सत्र प्रकाशित करने को कहें।
console-desk-record-submit = { $vaccine } की खुराक { $dose } दर्ज करें
console-desk-outcome-recorded = { $name } के लिए { $vaccine } की खुराक { $dose } दर्ज हो गई।
console-desk-outcome-queued = { $name } के लिए { $vaccine } की खुराक { $dose } इस डिवाइस पर सहेजी गई।
console-desk-outcome-queued-text = नेटवर्क लौटते ही यह भेज दी जाएगी।
console-desk-outcome-duplicate = { $name } के लिए { $vaccine } की खुराक { $dose } पहले से दर्ज थी: यह एक ही बार गिनी जाती है।
console-desk-outcome-refused = { $name } के लिए { $vaccine } की खुराक { $dose } दर्ज नहीं हुई।
console-desk-outcome-already-queued = { $name } के लिए { $vaccine } की खुराक { $dose } पहले से इस डिवाइस पर है: यह एक ही बार गिनी जाती है।
console-desk-outcome-change = बदलें और फिर से दर्ज करें
console-desk-outcome-next = अगला व्यक्ति

## Doses on this device
console-desk-queue-title = इस डिवाइस पर खुराकें
console-desk-queue-last-sync = पिछली बार { $time } पर भेजी गईं।
console-desk-queue-pending-title = भेजी जानी बाकी ({ $count })
console-desk-queue-pending-none = कुछ भी बाकी नहीं है: यहाँ दर्ज हर खुराक सर्वर तक पहुँच गई है।
console-desk-queue-settled-title = आज भेजी गईं
console-desk-queue-settled-none = आज इस डिवाइस से अभी तक कोई खुराक नहीं भेजी गई।
console-desk-queue-entry-dose = { $vaccine } की खुराक { $dose }, बैच { $batch }, समय { $time }
console-desk-queue-entry-walk-in = बिना अपॉइंटमेंट आए व्यक्ति: खुराक भेजे जाने से ठीक पहले पंजीकरण होगा।
console-desk-queue-entry-attempts = सर्वर तक पहुँचे बिना { $count } बार प्रयास किया गया।
console-desk-queue-dismiss = सूची से हटाएँ
console-desk-queue-dismiss-label = { $name } को सूची से हटाएँ
console-desk-status-pending = प्रतीक्षा में
console-desk-status-recorded = दर्ज
console-desk-status-duplicate = पहले से दर्ज
console-desk-status-refused = अस्वीकृत
