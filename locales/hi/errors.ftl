# Hindi — errors.ftl
error-tenant-not-found = इस पते पर किसी भी देश की टीकाकरण सेवा उपलब्ध नहीं है।
error-tenant-suspended = इस देश की टीकाकरण सेवा निलंबित है। कृपया स्वास्थ्य मंत्रालय से संपर्क करें।
error-not-found = अनुरोधित संसाधन मौजूद नहीं है।
error-method-not-allowed = इस संसाधन पर यह विधि अनुमत नहीं है।
error-invalid-parameter = पैरामीटर “{ $name }” अनुपस्थित है या मान्य नहीं है।
error-invalid-body = अनुरोध का मुख्य भाग मान्य नहीं है।
error-payload-too-large = अनुरोध बहुत बड़ा है।
error-unsupported-media-type = अनुरोध JSON के रूप में भेजा जाना चाहिए।
error-internal = हमारी ओर से कोई त्रुटि हुई है। कृपया बाद में पुनः प्रयास करें।
error-unavailable = सेवा अस्थायी रूप से अनुपलब्ध है। कृपया थोड़ी देर बाद पुनः प्रयास करें।
error-rate-limited = बहुत अधिक अनुरोध। कृपया { $seconds } सेकंड बाद पुनः प्रयास करें।
error-tenant-config-invalid = टेनेंट कॉन्फ़िगरेशन मान्य नहीं है: { $reason }
error-confirmation-mismatch = पुष्टि के लिए देश कोड { $code } को “confirm” में भेजें।
error-configuration-changed = आपके खोलने के बाद किसी और ने कॉन्फ़िगरेशन बदल दिया (अब संस्करण { $version })। इसे फिर से लोड करें और अपना बदलाव दोबारा करें।
error-tenant-on-other-cluster = इस देश का डेटा डेटाबेस क्लस्टर { $cluster } पर है। निर्यात करने या हटाने से पहले इसे क्लस्टर “main” पर ले जाएँ।
