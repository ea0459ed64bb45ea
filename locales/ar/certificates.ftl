# العربية — certificates.ftl
error-certificate-not-found = لم تصدر بعد أي شهادة لهذا المستفيد.
error-not-a-certificate = هذه ليست شهادة تطعيم بأي صيغة يمكننا قراءتها (EU DCC أو SMART Health Card أو Verifiable Credential)، أو تعذرت قراءة رمز QR الخاص بها.
certificate-title = شهادة التطعيم ضد كوفيد-19
certificate-status-partial = شهادة مؤقتة (لم تكتمل السلسلة الأولية)
certificate-status-full = شهادة نهائية (اكتملت السلسلة الأولية)
certificate-status-booster = شهادة جرعة معززة
certificate-beneficiary-details = بيانات المستفيد
certificate-vaccination-details = بيانات التطعيم
certificate-name = الاسم
certificate-age = العمر
certificate-gender = الجنس
certificate-id-document = وثيقة الهوية المتحقق منها
certificate-reference = الرقم المرجعي للمستفيد
certificate-certificate-id = رقم الشهادة
certificate-vaccine = اسم اللقاح
certificate-manufacturer = الشركة المصنعة
certificate-dose = رقم الجرعة
certificate-date = تاريخ الجرعة
certificate-batch = رقم التشغيلة
certificate-facility = مكان التطعيم
certificate-place = المحافظة، المنطقة
certificate-issued = تاريخ الإصدار
certificate-qr-vc = بيانات اعتماد قابلة للتحقق
certificate-qr-dcc = EU DCC / WHO DDCC:VS
certificate-qr-shc = بطاقة SMART الصحية
certificate-verify-note = امسح رمز QR بأي تطبيق للتحقق، أو في صفحة /verify لدى الجهة المصدرة.
certificate-slip-title = إيصال الموعد
certificate-security-code = رمز الأمان
certificate-appointment = رقم الموعد
certificate-centre = مركز التطعيم
certificate-slot = الفترة الزمنية
certificate-booked-dose = الجرعة
certificate-booked-vaccine = اللقاح
verify-title = التحقق من شهادة التطعيم
verify-instructions = الصق نص رمز QR الخاص بالشهادة (يبدأ بـ HC1: أو shc:/ أو يكون بيانات اعتماد)، أو اختر صورة لرمز QR.
verify-submit = تحقق
verify-upload = صورة رمز QR:
verify-genuine = أصلية: أصدر البلد المذكور أدناه هذه الشهادة ولم تُلغَ.
verify-revoked = ملغاة: أصدر البلد المذكور أدناه هذه الشهادة، لكنها أُلغيت (وعادةً استُبدلت بعد تصحيح).
verify-unknown-issuer = جهة إصدار غير معروفة: هذه الشهادة غير موقعة من بلد نملك مفاتيحه.
verify-tampered = تم العبث بها: محتوى هذه الشهادة لا يطابق توقيعها.
certificate-ready-subject = شهادة التطعيم الخاصة بك جاهزة
certificate-ready-body =
    عزيزي/عزيزتي { $name }،
    شهادتك للجرعة { $dose } من { $vaccine }، المعطاة في { $date }، جاهزة.
    سجّل الدخول لتنزيلها. يمكن لأي شخص التحقق منها على { $verify }.
error-image-too-large = هذه الصورة كبيرة جدًا. أرسل صورة لرمز QR لا تتجاوز { $megapixels } ميغابكسل.
