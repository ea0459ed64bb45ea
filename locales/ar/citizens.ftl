# Arabic — citizens.ftl: errors of login, registration and booking
error-unauthenticated = يُرجى تسجيل الدخول مرة أخرى: جلستك غير موجودة أو انتهت صلاحيتها.
error-invalid-mobile = رقم الهاتف المحمول هذا غير صالح.
error-otp-invalid = رمز التحقق الذي أدخلته غير صحيح.
error-otp-expired = انتهت صلاحية رمز التحقق هذا أو سبق استخدامه. يُرجى طلب رمز جديد.
error-otp-attempts-exceeded = عدد المحاولات الخاطئة كبير جدًا. يُرجى طلب رمز تحقق جديد.
error-otp-delivery-failed = تعذّر علينا إرسال رمز التحقق في الوقت الحالي. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
error-invalid-id-document = رقم { $document } غير صالح.
error-id-document-registered = وثيقة الهوية هذه مسجّلة بالفعل.
error-member-limit-reached = بلغ عدد الأفراد المسجّلين على رقم الهاتف المحمول هذا الحد الأقصى، وهو { $limit }.
error-beneficiary-not-found = لا يوجد مستفيد مطابق مسجّل برقم الهاتف المحمول هذا.
error-beneficiary-vaccinated = لا يمكن حذف مستفيد تلقّى جرعة من اللقاح.
error-session-not-found = جلسة التطعيم هذه غير موجودة.
error-session-closed = الحجز في هذه الجلسة مغلق.
error-slot-not-offered = الفترة الزمنية المختارة غير متاحة في هذه الجلسة.
error-no-capacity = لم تتبقَّ جرعات في هذه الجلسة لهذه الجرعة.
error-age-not-eligible = هذه الجلسة غير متاحة للفئة العمرية للمستفيد.
error-dose-out-of-order = لا يمكن حجز هذه الجرعة قبل تسجيل الجرعات السابقة.
error-dose-too-early = يمكن حجز الجرعة التالية اعتبارًا من { $date }.
error-vaccine-mismatch = يجب أن تكون هذه الجرعة من اللقاح نفسه الذي أُعطيت منه الجرعات السابقة ({ $vaccine }).
error-already-booked = لدى المستفيد موعد محجوز بالفعل لهذه الجرعة.
error-appointment-not-found = لا يوجد موعد مطابق في هذا الحساب.
error-appointment-completed = هذا الموعد مكتمل ولا يمكن تغييره.
otp-message = رمز التحقق الخاص بك في CoWIN هو { $otp }. مدة صلاحيته بالدقائق: { $minutes }. لا تشاركه مع أي شخص أبدًا.
otp-email-subject = رمز التحقق الخاص بك في CoWIN
dose-reminder-sms = CoWIN: الجرعة { $dose } لـ { $name } مستحقة اعتبارًا من { $date }. احجز موعدًا على { $link }
dose-reminder-subject = حان موعد الجرعة { $dose } لـ { $name }
dose-reminder-body =
    عزيزي/عزيزتي { $name }،
    وفقًا لقواعد التطعيم المعمول بها، يمكن تلقّي الجرعة { $dose } اعتبارًا من { $date }.
    احجز موعدًا على { $link } (سجّل الدخول برقم الهاتف المحمول المسجّل في الحساب).
error-invalid-passport = هذا ليس رقم جواز سفر: أدخل الرقم المطبوع على صفحة الصورة في جواز السفر (من 5 إلى 9 أحرف وأرقام).
