# Marathi (मराठी) — citizens.ftl: errors of login, registration and booking
error-unauthenticated = कृपया पुन्हा साइन इन करा: आपले सत्र उपलब्ध नाही किंवा त्याची मुदत संपली आहे.
error-invalid-mobile = हा मोबाइल क्रमांक वैध नाही.
error-otp-invalid = आपण प्रविष्ट केलेला ओटीपी बरोबर नाही.
error-otp-expired = या ओटीपीची मुदत संपली आहे किंवा तो आधीच वापरला गेला आहे. कृपया नवीन ओटीपीची विनंती करा.
error-otp-attempts-exceeded = खूप जास्त चुकीचे प्रयत्न झाले. कृपया नवीन ओटीपीची विनंती करा.
error-otp-delivery-failed = आम्ही आत्ता ओटीपी पाठवू शकलो नाही. कृपया काही मिनिटांनी पुन्हा प्रयत्न करा.
error-invalid-id-document = { $document } क्रमांक वैध नाही.
error-id-document-registered = हे ओळखपत्र आधीच नोंदणीकृत आहे.
error-member-limit-reached = या मोबाइल क्रमांकावर आधीच जास्तीत जास्त { $limit } सदस्य नोंदणीकृत आहेत.
error-beneficiary-not-found = या मोबाइल क्रमांकावर असा कोणताही लाभार्थी नोंदणीकृत नाही.
error-beneficiary-vaccinated = ज्या लाभार्थ्यांना डोस दिला गेला आहे, त्यांना काढून टाकता येत नाही.
error-session-not-found = हे लसीकरण सत्र अस्तित्वात नाही.
error-session-closed = या सत्रासाठी बुकिंग बंद झाले आहे.
error-slot-not-offered = निवडलेला वेळेचा स्लॉट या सत्रात उपलब्ध नाही.
error-no-capacity = या सत्रात या डोससाठी आता लस शिल्लक नाही.
error-age-not-eligible = हे सत्र लाभार्थ्याच्या वयोगटासाठी खुले नाही.
error-dose-out-of-order = आधीचे डोस नोंदवले जाण्यापूर्वी हा डोस बुक करता येत नाही.
error-dose-too-early = पुढील डोस { $date } पासून बुक करता येईल.
error-vaccine-mismatch = हा डोस आधीच्या डोसप्रमाणे त्याच लसीचा ({ $vaccine }) असणे आवश्यक आहे.
error-already-booked = या डोससाठी लाभार्थ्याची अपॉइंटमेंट आधीच बुक झालेली आहे.
error-appointment-not-found = या खात्यात अशी कोणतीही अपॉइंटमेंट अस्तित्वात नाही.
error-appointment-completed = ही अपॉइंटमेंट पूर्ण झाली आहे आणि तिच्यात बदल करता येत नाही.
otp-message = आपला CoWIN ओटीपी { $otp } आहे. तो { $minutes } मिनिटांसाठी वैध आहे. तो कधीही कोणालाही सांगू नका.
otp-email-subject = आपला CoWIN ओटीपी
dose-reminder-sms = CoWIN: { $name } यांना { $date } पासून डोस { $dose } घेता येईल. स्लॉट बुक करा: { $link }
dose-reminder-subject = { $name } यांचा डोस { $dose } घेण्याची वेळ झाली आहे
dose-reminder-body =
    प्रिय { $name },
    लागू असलेल्या लसीकरण नियमांनुसार { $date } पासून डोस { $dose } घेता येईल.
    { $link } येथे स्लॉट बुक करा (खात्याच्या मोबाइल क्रमांकाने साइन इन करा).
error-invalid-passport = हा पासपोर्ट क्रमांक नाही: पासपोर्टच्या फोटो असलेल्या पानावर छापलेला क्रमांक लिहा (५ ते ९ अक्षरे आणि अंक).
