# Hindi — staff.ftl: messages of staff accounts and access control
error-staff-login-failed = ई-मेल पता या पासवर्ड सही नहीं है, या खाता निष्क्रिय कर दिया गया है।
error-forbidden = आपकी भूमिका यहाँ इस कार्रवाई की अनुमति नहीं देती।
error-csrf-rejected = यह अनुरोध इस साइट के अपने पृष्ठों से नहीं आया। पृष्ठ फिर से लोड करें और दोबारा प्रयास करें।
error-invitation-invalid = यह आमंत्रण मान्य नहीं है: इसका पहले ही उपयोग किया जा चुका है या यह समाप्त हो चुका है।
error-weak-password = ऐसा पासवर्ड चुनें जिसमें कम से कम { $length } वर्ण हों।
error-staff-not-found = इस देश की सेवा में ऐसा कोई स्टाफ़ सदस्य मौजूद नहीं है।
error-mail-delivery-failed = हम अभी ई-मेल नहीं भेज सके। कृपया कुछ मिनट बाद पुनः प्रयास करें।
error-staff-email-registered = इस ई-मेल पते वाला स्टाफ़ सदस्य पहले से मौजूद है।
staff-invitation-subject = { $country } की CoWIN टीकाकरण सेवा के लिए आपका आमंत्रण
staff-invitation-body = { $name }, आपको { $country } की CoWIN टीकाकरण सेवा में “{ $role }” की भूमिका के लिए आमंत्रित किया गया है। अपना पासवर्ड सेट करने के लिए, { $days } दिन के भीतर इस कोड का उपयोग करें: { $token }
