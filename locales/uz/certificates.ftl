# Oʻzbekcha — certificates.ftl
error-certificate-not-found = Bu foydalanuvchi uchun hali sertifikat berilmagan.
error-not-a-certificate = Bu biz oʻqiy oladigan biror formatdagi (EU DCC, SMART Health Card, Verifiable Credential) emlash sertifikati emas yoki uning QR kodini oʻqib boʻlmadi.
certificate-title = COVID-19 ga qarshi emlash sertifikati
certificate-status-partial = Vaqtinchalik sertifikat (asosiy kurs tugallanmagan)
certificate-status-full = Yakuniy sertifikat (asosiy kurs tugallangan)
certificate-status-booster = Kuchaytiruvchi doza sertifikati
certificate-beneficiary-details = Foydalanuvchi maʼlumotlari
certificate-vaccination-details = Emlash maʼlumotlari
certificate-name = Ism
certificate-age = Yosh
certificate-gender = Jins
certificate-id-document = Tasdiqlangan hujjat
certificate-reference = Foydalanuvchining maʼlumot raqami
certificate-certificate-id = Sertifikat raqami
certificate-vaccine = Vaksina nomi
certificate-manufacturer = Ishlab chiqaruvchi
certificate-dose = Doza raqami
certificate-date = Doza sanasi
certificate-batch = Seriya raqami
certificate-facility = Emlangan joy
certificate-place = Tuman, viloyat
certificate-issued = Berilgan
certificate-qr-vc = Tekshiriladigan guvohnoma
certificate-qr-dcc = EU DCC / WHO DDCC:VS
certificate-qr-shc = SMART Health Card
certificate-verify-note = QR kodni istalgan tekshirish ilovasi bilan yoki beruvchining /verify sahifasida skanerlang.
certificate-slip-title = Qabul talonchasi
certificate-security-code = Xavfsizlik kodi
certificate-appointment = Qabul raqami
certificate-centre = Emlash markazi
certificate-slot = Vaqt oraligʻi
certificate-booked-dose = Doza
certificate-booked-vaccine = Vaksina
verify-title = Emlash sertifikatini tekshirish
verify-instructions = Sertifikat QR kodining matnini qoʻying (u HC1: yoki shc:/ bilan boshlanadi yoki guvohnoma boʻladi) yoki QR kod rasmini tanlang.
verify-submit = Tekshirish
verify-upload = QR kod rasmi:
verify-genuine = Haqiqiy: bu sertifikat quyida koʻrsatilgan mamlakat tomonidan berilgan va bekor qilinmagan.
verify-revoked = Bekor qilingan: bu sertifikat quyida koʻrsatilgan mamlakat tomonidan berilgan, lekin bekor qilingan (odatda tuzatishdan keyin almashtirilgan).
verify-unknown-issuer = Nomaʼlum beruvchi: bu sertifikat kalitlari bizda boʻlgan mamlakat tomonidan imzolanmagan.
verify-tampered = Oʻzgartirilgan: sertifikat mazmuni uning imzosiga mos kelmaydi.
certificate-ready-subject = Emlash sertifikatingiz tayyor
certificate-ready-body =
    Hurmatli { $name },
    { $date } kuni olingan { $vaccine } vaksinasining { $dose }-dozasi boʻyicha sertifikatingiz tayyor.
    Uni yuklab olish uchun tizimga kiring. Har kim uni { $verify } manzilida tekshira oladi.
error-image-too-large = Bu rasm juda katta. QR kodning koʻpi bilan { $megapixels } megapiksellik suratini yuboring.
