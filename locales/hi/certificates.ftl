# हिन्दी — certificates.ftl
error-certificate-not-found = इस लाभार्थी के लिए अभी तक कोई प्रमाणपत्र जारी नहीं हुआ है।
error-not-a-certificate = यह किसी भी पढ़ने योग्य प्रारूप (EU DCC, SMART Health Card, Verifiable Credential) में टीकाकरण प्रमाणपत्र नहीं है, या इसका QR कोड पढ़ा नहीं जा सका।
certificate-title = कोविड-19 टीकाकरण का प्रमाणपत्र
certificate-status-partial = अनंतिम प्रमाणपत्र (प्राथमिक श्रृंखला पूरी नहीं)
certificate-status-full = अंतिम प्रमाणपत्र (प्राथमिक श्रृंखला पूरी)
certificate-status-booster = बूस्टर खुराक का प्रमाणपत्र
certificate-beneficiary-details = लाभार्थी का विवरण
certificate-vaccination-details = टीकाकरण का विवरण
certificate-name = नाम
certificate-age = आयु
certificate-gender = लिंग
certificate-id-document = सत्यापित पहचान पत्र
certificate-reference = लाभार्थी संदर्भ आईडी
certificate-certificate-id = प्रमाणपत्र आईडी
certificate-vaccine = टीके का नाम
certificate-manufacturer = निर्माता
certificate-dose = खुराक संख्या
certificate-date = खुराक की तारीख
certificate-batch = बैच संख्या
certificate-facility = टीकाकरण स्थल
certificate-place = ज़िला, राज्य
certificate-issued = जारी किया गया
certificate-qr-vc = सत्यापन योग्य क्रेडेंशियल
certificate-qr-dcc = EU DCC / WHO DDCC:VS
certificate-qr-shc = स्मार्ट हेल्थ कार्ड
certificate-verify-note = किसी भी सत्यापन ऐप से या जारीकर्ता के /verify पृष्ठ पर QR कोड स्कैन करें।
certificate-slip-title = अपॉइंटमेंट पर्ची
certificate-security-code = सुरक्षा कोड
certificate-appointment = अपॉइंटमेंट आईडी
certificate-centre = टीकाकरण केंद्र
certificate-slot = समय स्लॉट
certificate-booked-dose = खुराक
certificate-booked-vaccine = टीका
verify-title = टीकाकरण प्रमाणपत्र सत्यापित करें
verify-instructions = प्रमाणपत्र के QR कोड का पाठ चिपकाएँ (जो HC1: या shc:/ से शुरू होता है, या एक क्रेडेंशियल है), या QR कोड की फ़ोटो चुनें।
verify-submit = सत्यापित करें
verify-upload = QR कोड की फ़ोटो:
verify-genuine = वास्तविक: यह प्रमाणपत्र नीचे दिए गए देश ने जारी किया है और रद्द नहीं किया गया है।
verify-revoked = रद्द: यह प्रमाणपत्र नीचे दिए गए देश ने जारी किया था, पर इसे रद्द कर दिया गया है (आमतौर पर सुधार के बाद बदला गया)।
verify-unknown-issuer = अज्ञात जारीकर्ता: यह प्रमाणपत्र किसी ऐसे देश द्वारा हस्ताक्षरित नहीं है जिसकी कुंजियाँ हमारे पास हैं।
verify-tampered = छेड़छाड़: इस प्रमाणपत्र की सामग्री उसके हस्ताक्षर से मेल नहीं खाती।
certificate-ready-subject = आपका टीकाकरण प्रमाणपत्र तैयार है
certificate-ready-body =
    प्रिय { $name },
    { $date } को दी गई { $vaccine } की खुराक { $dose } का आपका प्रमाणपत्र तैयार है।
    इसे डाउनलोड करने के लिए साइन इन करें। कोई भी इसे { $verify } पर जाँच सकता है।
error-image-too-large = यह चित्र बहुत बड़ा है। QR कोड की अधिकतम { $megapixels } मेगापिक्सेल की फ़ोटो भेजें।
