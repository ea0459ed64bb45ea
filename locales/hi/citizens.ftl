# Hindi — citizens.ftl: errors of login, registration and booking
error-unauthenticated = कृपया पुनः साइन इन करें: आपका सत्र मौजूद नहीं है या समाप्त हो गया है।
error-invalid-mobile = यह मोबाइल नंबर मान्य नहीं है।
error-otp-invalid = आपके द्वारा दर्ज किया गया ओटीपी सही नहीं है।
error-otp-expired = यह ओटीपी समाप्त हो चुका है या पहले ही उपयोग किया जा चुका है। कृपया नए ओटीपी के लिए अनुरोध करें।
error-otp-attempts-exceeded = बहुत अधिक गलत प्रयास। कृपया नए ओटीपी के लिए अनुरोध करें।
error-otp-delivery-failed = हम अभी ओटीपी नहीं भेज सके। कृपया कुछ मिनट बाद पुनः प्रयास करें।
error-invalid-id-document = { $document } नंबर मान्य नहीं है।
error-id-document-registered = यह पहचान दस्तावेज़ पहले से पंजीकृत है।
error-member-limit-reached = इस मोबाइल नंबर पर पहले से ही अधिकतम { $limit } सदस्य पंजीकृत हैं।
error-beneficiary-not-found = इस मोबाइल नंबर से ऐसा कोई लाभार्थी पंजीकृत नहीं है।
error-beneficiary-vaccinated = जिस लाभार्थी को टीके की खुराक दी जा चुकी है, उसे हटाया नहीं जा सकता।
error-session-not-found = यह टीकाकरण सत्र मौजूद नहीं है।
error-session-closed = इस सत्र के लिए बुकिंग बंद हो चुकी है।
error-slot-not-offered = चुना गया समय स्लॉट इस सत्र में उपलब्ध नहीं है।
error-no-capacity = इस सत्र में इस खुराक के लिए अब कोई टीका शेष नहीं है।
error-age-not-eligible = यह सत्र लाभार्थी के आयु वर्ग के लिए उपलब्ध नहीं है।
error-dose-out-of-order = पिछली खुराकें दर्ज होने से पहले यह खुराक बुक नहीं की जा सकती।
error-dose-too-early = अगली खुराक { $date } से बुक की जा सकती है।
error-vaccine-mismatch = यह खुराक उसी टीके की होनी चाहिए जिसकी पिछली खुराकें दी गई हैं ({ $vaccine })।
error-already-booked = इस खुराक के लिए लाभार्थी का अपॉइंटमेंट पहले से बुक है।
error-appointment-not-found = इस खाते में ऐसा कोई अपॉइंटमेंट मौजूद नहीं है।
error-appointment-completed = यह अपॉइंटमेंट पूरा हो चुका है और इसमें बदलाव नहीं किया जा सकता।
otp-message = आपका CoWIN ओटीपी { $otp } है। यह { $minutes } मिनट तक मान्य है। इसे कभी भी किसी के साथ साझा न करें।
otp-email-subject = आपका CoWIN ओटीपी
dose-reminder-sms = CoWIN: { $name } की खुराक { $dose } { $date } से देय है। स्लॉट बुक करें: { $link }
dose-reminder-subject = { $name } की खुराक { $dose } देय है
dose-reminder-body =
    प्रिय { $name },
    लागू टीकाकरण नियमों के अनुसार खुराक { $dose } { $date } से देय है।
    { $link } पर स्लॉट बुक करें (खाते के मोबाइल नंबर से साइन इन करें)।
error-invalid-passport = यह पासपोर्ट नंबर नहीं है: पासपोर्ट के फ़ोटो वाले पृष्ठ पर छपा नंबर लिखें (5 से 9 अक्षर और अंक)।
