# Marathi (मराठी) — staff.ftl: messages of staff accounts and access control
error-staff-login-failed = ई-मेल पत्ता किंवा पासवर्ड बरोबर नाही, किंवा खाते निष्क्रिय केले आहे.
error-forbidden = आपल्या भूमिकेला येथे ही कृती करण्याची परवानगी नाही.
error-csrf-rejected = ही विनंती या साइटच्या स्वतःच्या पानांवरून आलेली नाही. पान पुन्हा लोड करा आणि पुन्हा प्रयत्न करा.
error-invitation-invalid = हे निमंत्रण वैध नाही: ते आधीच वापरले गेले आहे किंवा त्याची मुदत संपली आहे.
error-weak-password = किमान { $length } वर्णांचा पासवर्ड निवडा.
error-staff-not-found = या देशाच्या सेवेत असा कोणताही कर्मचारी नाही.
error-mail-delivery-failed = आम्ही आत्ता ई-मेल पाठवू शकलो नाही. कृपया काही मिनिटांनी पुन्हा प्रयत्न करा.
error-staff-email-registered = या ई-मेल पत्त्याचा कर्मचारी आधीच अस्तित्वात आहे.
staff-invitation-subject = { $country } देशाच्या CoWIN लसीकरण सेवेसाठी आपले निमंत्रण
staff-invitation-body = { $name }, आपल्याला { $country } देशाच्या CoWIN लसीकरण सेवेत “{ $role }” या भूमिकेसाठी निमंत्रित केले आहे. आपला पासवर्ड सेट करण्यासाठी { $days } दिवसांच्या आत हा कोड वापरा: { $token }
