# Marathi (मराठी) — errors.ftl
error-tenant-not-found = या पत्त्यावर कोणत्याही देशाची लसीकरण सेवा उपलब्ध नाही.
error-tenant-suspended = या देशाची लसीकरण सेवा निलंबित आहे. कृपया आरोग्य मंत्रालयाशी संपर्क साधा.
error-not-found = विनंती केलेले संसाधन अस्तित्वात नाही.
error-method-not-allowed = या संसाधनावर ही पद्धत अनुमत नाही.
error-invalid-parameter = “{ $name }” हा पॅरामीटर दिलेला नाही किंवा वैध नाही.
error-invalid-body = विनंतीचा मुख्य भाग वैध नाही.
error-payload-too-large = विनंती खूप मोठी आहे.
error-unsupported-media-type = विनंती JSON स्वरूपात पाठवणे आवश्यक आहे.
error-internal = आमच्या बाजूने काहीतरी चूक झाली. कृपया नंतर पुन्हा प्रयत्न करा.
error-unavailable = सेवा तात्पुरती अनुपलब्ध आहे. कृपया थोड्या वेळाने पुन्हा प्रयत्न करा.
error-rate-limited = खूप जास्त विनंत्या. कृपया { $seconds } सेकंदांनी पुन्हा प्रयत्न करा.
error-tenant-config-invalid = टेनंट कॉन्फिगरेशन वैध नाही: { $reason }
error-confirmation-mismatch = पुष्टी करण्यासाठी देश कोड { $code } “confirm” म्हणून पाठवा.
error-configuration-changed = आपण कॉन्फिगरेशन उघडल्यानंतर दुसऱ्या कोणीतरी ते बदलले आहे (आता आवृत्ती { $version }). ते पुन्हा लोड करा आणि आपला बदल पुन्हा करा.
error-tenant-on-other-cluster = या देशाचा डेटा { $cluster } या डेटाबेस क्लस्टरवर आहे. निर्यात करण्यापूर्वी किंवा काढून टाकण्यापूर्वी तो “main” क्लस्टरवर हलवा.
