# Hindi — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = सुरक्षा कोड या पहचान दस्तावेज़ इस केंद्र पर बुक किए गए किसी भी लाभार्थी से मेल नहीं खाता।
error-dose-already-recorded = इस लाभार्थी के लिए यह खुराक पहले ही दर्ज की जा चुकी है।
error-idempotency-key-reused = इस अनुरोध कुंजी का उपयोग पहले ही किसी अन्य खुराक रिकॉर्ड के लिए किया जा चुका है।
error-facility-not-found = ऐसा कोई केंद्र मौजूद नहीं है।
error-facility-managed-by-config = यह केंद्र देश के कॉन्फ़िगरेशन में परिभाषित है; कृपया इसमें बदलाव वहीं करें।
error-session-exists = इस केंद्र पर उस दिन इस टीके का एक सत्र पहले से मौजूद है।
error-capacity-below-booked = क्षमता पहले से बुक किए गए स्थानों की संख्या से कम नहीं हो सकती।
error-session-has-bookings = इस सत्र में लोग बुक हैं: इसका दिन, आयु और बुक किए गए स्लॉट नहीं बदले जा सकते। स्लॉट जोड़ें या नया सत्र प्रकाशित करें।
error-request-decided = इस अनुरोध पर पहले ही निर्णय हो चुका है।
