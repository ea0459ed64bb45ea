# Marathi (मराठी) — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = सुरक्षा कोड किंवा ओळखपत्र या केंद्रावर बुक केलेल्या कोणत्याही लाभार्थ्याशी जुळत नाही.
error-dose-already-recorded = या लाभार्थ्यासाठी हा डोस आधीच नोंदवला गेला आहे.
error-idempotency-key-reused = ही विनंती-किल्ली आधीच दुसऱ्या डोसच्या नोंदीसाठी वापरली गेली आहे.
error-facility-not-found = असे कोणतेही केंद्र अस्तित्वात नाही.
error-facility-managed-by-config = हे केंद्र देशाच्या कॉन्फिगरेशनमध्ये निश्चित केलेले आहे; त्यात बदल तेथेच करा.
error-session-exists = या केंद्रावर त्या दिवशी या लसीचे सत्र आधीच आहे.
error-capacity-below-booked = क्षमता आधीच बुक झालेल्या जागांपेक्षा कमी करता येत नाही.
error-session-has-bookings = या सत्रात लोकांनी बुकिंग केले आहे: त्याचा दिवस, वयोगट आणि बुक झालेले स्लॉट बदलता येत नाहीत. स्लॉट जोडा किंवा दुसरे सत्र प्रकाशित करा.
error-request-decided = या विनंतीवर आधीच निर्णय झाला आहे.
