# Arabic — console-ministry.ftl: the admin console's ministry pages (tenant and district administrators)

## Navigation

console-ministry-nav-dashboard = لوحة المتابعة
console-ministry-nav-facilities = المراكز
console-ministry-nav-sessions = الجلسات
console-ministry-nav-staff = الموظفون
console-ministry-nav-aefi = بلاغات الآثار الجانبية
console-ministry-nav-corrections = التصحيحات
console-ministry-nav-audit = سجل التدقيق
console-ministry-nav-configuration = الإعدادات

## Dashboard and reports

console-ministry-dashboard-title = لوحة متابعة التطعيم
console-ministry-dashboard-total = الجرعات المعطاة من { $from } إلى { $to }
console-ministry-period-label = الفترة
console-ministry-period-last7 = آخر 7 أيام
console-ministry-period-last30 = آخر 30 يومًا
console-ministry-period-last90 = آخر 90 يومًا
console-ministry-period-month = هذا الشهر
console-ministry-period-custom = اختيار التواريخ
console-ministry-period-range = من وإلى
console-ministry-period-choose = اختر أول يوم وآخر يوم في الفترة.
console-ministry-period-too-long = يغطي التقرير 366 يومًا على الأكثر، ولا يمكن أن يسبق يومه الأخير يومه الأول. اختر فترة أقصر.
console-ministry-report-by-day = الجرعات حسب اليوم
console-ministry-report-by-area = الجرعات حسب المركز الإداري
console-ministry-report-by-vaccine = الجرعات حسب اللقاح ورقم الجرعة
console-ministry-report-by-vaccine-period = الجرعات المعطاة خلال الفترة.
console-ministry-report-by-vaccine-since-start = الجرعات المعطاة منذ بدء الحملة (في نطاق مسؤول المنطقة يُحتسب هذا التوزيع منذ البداية).
console-ministry-report-coverage = تغطية الجرعة الأولى
console-ministry-report-coverage-note = الأشخاص الذين تلقوا جرعة أولى منذ البداية، مقارنةً بعدد سكان المنطقة الوارد في الإعدادات.
console-ministry-report-coverage-none = لا توجد في نطاقك منطقة لها عدد سكان في الإعدادات، لذا لا يمكن عرض التغطية.
console-ministry-report-coverage-series = التغطية
console-ministry-report-doses = الجرعات
console-ministry-report-day = اليوم
console-ministry-report-state = المحافظة
console-ministry-report-district = المنطقة
console-ministry-report-first-doses = الجرعات الأولى منذ البداية
console-ministry-report-population = عدد السكان
console-ministry-report-vaccine = اللقاح
console-ministry-report-dose = رقم الجرعة
console-ministry-report-dose-number = الجرعة { $dose }
console-ministry-report-no-facility = مسجّلة دون مركز
console-ministry-report-show-table = العرض كجدول
console-ministry-report-hide-table = إخفاء الجدول
console-ministry-report-export = تصدير «{ $table }» بصيغة CSV
console-ministry-report-table = { $title } (جدول)

## Facilities

console-ministry-facilities-title = المراكز
console-ministry-facility-create = مركز جديد
console-ministry-facility-create-title = مركز جديد
console-ministry-facility-edit-title = تعديل المركز
console-ministry-facility-edit = تعديل
console-ministry-facility-edit-named = تعديل { $name }
console-ministry-facility-deactivate = إيقاف
console-ministry-facility-deactivate-named = إيقاف { $name }
console-ministry-facility-deactivate-title = إيقاف هذا المركز؟
console-ministry-facility-deactivate-text = لن يستقبل { $name } جلسات جديدة. تبقى الجلسات المنشورة من قبل كما هي. لا يمكن التراجع عن ذلك من لوحة الإدارة.
console-ministry-facility-deactivated = تم إيقاف { $name }.
console-ministry-facility-show-inactive = إظهار المراكز الموقوفة
console-ministry-facility-import = استيراد CSV
console-ministry-facility-import-title = استيراد المراكز من ملف CSV
console-ministry-facility-import-hint = مركز واحد في كل سطر بعد سطر العناوين هذا. الأسماء والأحياء بلغة البلد الافتراضية؛ وقيمة fee_type هي Free أو Paid (تُحدَّد رسوم المركز المدفوع بتعديله). يُنشأ كل سطر أو يُرفض وحده.
console-ministry-facility-import-file = ملف CSV
console-ministry-facility-import-run = استيراد
console-ministry-facility-import-summary = أُنشئ: { $imported }. رُفض: { $refused }.
console-ministry-facility-import-report = تقرير الاستيراد
console-ministry-facility-import-line = السطر
console-ministry-facility-import-outcome = النتيجة
console-ministry-facility-import-created = أُنشئ برقم #{ $id }
console-ministry-facility-import-refused = مرفوض
console-ministry-facility-name = الاسم بـ{ $language }
console-ministry-facility-name-column = المركز
console-ministry-facility-block = الحي بـ{ $language }
console-ministry-facility-district = المنطقة
console-ministry-facility-address = العنوان
console-ministry-facility-postal-code = الرمز البريدي
console-ministry-facility-lat = خط العرض
console-ministry-facility-long = خط الطول
console-ministry-facility-opens = يفتح في
console-ministry-facility-closes = يغلق في
console-ministry-facility-hours = ساعات العمل
console-ministry-facility-fee-type = الرسوم
console-ministry-facility-fee-free = مجاني
console-ministry-facility-fee-paid = مدفوع
console-ministry-facility-fee-vaccine = رمز اللقاح
console-ministry-facility-fee-amount = الرسم
console-ministry-facility-fee-add = إضافة رسم
console-ministry-facility-fee-remove = حذف هذا الرسم
console-ministry-facility-status = الحالة
console-ministry-facility-active = نشط
console-ministry-facility-inactive = موقوف
console-ministry-facility-change-in-config = يُعدَّل في tenant.toml
console-ministry-facility-from-config-hint = هذا المركز معرَّف في ملف إعدادات البلد؛ عدّله هناك لا هنا.
console-ministry-facility-lat-invalid = أدخل خط عرض بين -90 و90.
console-ministry-facility-long-invalid = أدخل خط طول بين -180 و180.
console-ministry-facility-time-invalid = أدخل وقتًا مثل 09:00.
console-ministry-facility-closes-early = يجب أن يكون وقت الإغلاق بعد وقت الفتح.
console-ministry-facility-fees-missing = يحتاج المركز المدفوع إلى رسم لقاح واحد على الأقل.
console-ministry-facility-fee-invalid = أدخل الرسم عددًا صحيحًا، 0 أو أكثر.
console-ministry-vaccine-code-invalid = أدخل رمز لقاح من الدليل، مثل COVISHIELD (أحرف لاتينية كبيرة أو أرقام أو - أو _).

## Sessions

console-ministry-sessions-title = الجلسات
console-ministry-sessions-all-facilities = كل المراكز
console-ministry-sessions-view = طريقة العرض
console-ministry-sessions-week = أسبوع
console-ministry-sessions-day = يوم
console-ministry-sessions-today = اليوم
console-ministry-sessions-previous-week = الأسبوع السابق
console-ministry-sessions-next-week = الأسبوع التالي
console-ministry-sessions-previous-day = اليوم السابق
console-ministry-sessions-next-day = اليوم التالي
console-ministry-sessions-range = من { $from } إلى { $to }
console-ministry-sessions-open-day = عرض { $day } وحده
console-ministry-sessions-none = لا جلسات.
console-ministry-session-create = جلسة جديدة
console-ministry-session-create-title = نشر جلسة
console-ministry-session-create-on = جلسة جديدة يوم { $day }
console-ministry-session-created = تم نشر الجلسة.
console-ministry-session-publish = نشر
console-ministry-session-edit = تغيير
console-ministry-session-edit-title = تغيير اليوم والأعمار والفترات
console-ministry-session-capacity = السعة
console-ministry-session-capacity-title = تغيير السعة
console-ministry-session-facility = المركز
console-ministry-session-date = اليوم
console-ministry-session-vaccine = اللقاح
console-ministry-session-vaccine-hint = رمز لقاح من الدليل تكون قواعده سارية في ذلك اليوم.
console-ministry-session-min-age = أصغر عمر
console-ministry-session-max-age = أكبر عمر
console-ministry-session-max-age-hint = اتركه فارغًا إن لم يكن هناك حد أعلى.
console-ministry-session-capacity-dose1 = أماكن الجرعات الأولى
console-ministry-session-capacity-dose2 = أماكن الجرعات اللاحقة
console-ministry-session-capacity-hint = لا يمكن أن تقل السعة عن الأماكن المحجوزة بالفعل.
console-ministry-session-capacity-below = { $booked } على الأقل: هذا عدد الأماكن المحجوزة.
console-ministry-session-booked = المحجوز: { $booked }
console-ministry-session-booked-short = { $booked }/{ $capacity } محجوز
console-ministry-session-slots = الفترات الزمنية
console-ministry-session-slots-hint = فترة واحدة في كل إدخال، بالشكل 09:00AM-11:00AM؛ اضغط Enter بعد كل فترة.
console-ministry-session-has-bookings = حجز { $booked } شخصًا في هذه الجلسة: لا يمكن الآن إلا إضافة فترات جديدة.
console-ministry-session-ages-from = { $min }+
console-ministry-session-ages-between = { $min }–{ $max }
console-ministry-session-places-dose1 = الجرعات الأولى: { $booked } محجوز من { $capacity }
console-ministry-session-places-dose2 = الجرعات اللاحقة: { $booked } محجوز من { $capacity }
console-ministry-session-slot-count = { $count ->
    [zero] لا فترات
    [one] فترة واحدة
    [two] فترتان
    [few] { $count } فترات
    [many] { $count } فترة
   *[other] { $count } فترة
}
console-ministry-session-date-past = اختر اليوم أو يومًا لاحقًا.
console-ministry-session-age-invalid = أدخل العمر عددًا صحيحًا.
console-ministry-session-max-age-invalid = يجب أن يكون أكبر عمر عددًا صحيحًا لا يقل عن أصغر عمر.
console-ministry-session-slots-missing = أضف فترة زمنية واحدة على الأقل.
console-ministry-session-slots-invalid = اكتب كل فترة بالشكل 09:00AM-11:00AM.
console-ministry-session-capacity-invalid = أدخل عددًا صحيحًا من 0 إلى 100000.

## Staff

console-ministry-staff-title = الموظفون
console-ministry-staff-invite = دعوة
console-ministry-staff-invite-title = دعوة موظف
console-ministry-staff-invite-send = إرسال الدعوة
console-ministry-staff-invited = أُرسلت دعوة إلى { $email }.
console-ministry-staff-name = الاسم
console-ministry-staff-email = البريد الإلكتروني
console-ministry-staff-role = الدور
console-ministry-staff-all-roles = كل الأدوار
console-ministry-staff-scope = النطاق
console-ministry-staff-scope-all = البلد كله
console-ministry-staff-status = الحالة
console-ministry-staff-active = نشط
console-ministry-staff-disabled = معطَّل
console-ministry-staff-pending = لم تُقبل الدعوة بعد
console-ministry-staff-districts = المناطق التي يديرها
console-ministry-staff-facilities = المراكز التي يعمل فيها
console-ministry-staff-disable = تعطيل
console-ministry-staff-enable = تفعيل
console-ministry-staff-disable-named = تعطيل { $name }
console-ministry-staff-enable-named = تفعيل { $name }
console-ministry-staff-disabled-done = لم يعد بإمكان { $name } تسجيل الدخول.
console-ministry-staff-enabled-done = أصبح بإمكان { $name } تسجيل الدخول من جديد.
console-ministry-staff-email-invalid = أدخل بريدًا إلكترونيًا مثل name@example.org.
console-ministry-staff-role-change = تغيير الدور
console-ministry-staff-role-change-named = تغيير دور { $name }
console-ministry-staff-role-title = تغيير الدور والنطاق
console-ministry-staff-role-changed = أصبح لـ{ $name } دور جديد.
console-ministry-staff-districts-missing = اختر منطقة واحدة على الأقل.
console-ministry-staff-facilities-missing = اختر مركزًا واحدًا على الأقل.
console-ministry-role-tenant-admin = مسؤول الوزارة
console-ministry-role-district-admin = مسؤول المنطقة
console-ministry-role-facility-manager = مدير المركز
console-ministry-role-vaccinator = القائم بالتطعيم
console-ministry-role-verifier = مدقق الشهادات
console-ministry-role-partner-app = تطبيق شريك

## AEFI

console-ministry-aefi-title = الآثار الجانبية التالية للتطعيم
console-ministry-aefi-none = لا يوجد بلاغ مطابق.
console-ministry-aefi-severity = الشدة
console-ministry-aefi-any-severity = أي شدة
console-ministry-aefi-onset = بدء الأعراض
console-ministry-aefi-onset-range = بدء الأعراض بين
console-ministry-aefi-symptoms = الأعراض
console-ministry-aefi-outcome = المآل
console-ministry-aefi-dose = الجرعة
console-ministry-aefi-batch = التشغيلة { $batch }
console-ministry-aefi-place = مكان الإعطاء
console-ministry-aefi-beneficiary = مرجع المستفيد
console-ministry-aefi-reported-by = المبلِّغ
console-ministry-aefi-severity-mild = خفيفة
console-ministry-aefi-severity-moderate = متوسطة
console-ministry-aefi-severity-severe = شديدة
console-ministry-aefi-severity-serious = خطيرة
console-ministry-aefi-outcome-recovered = تعافى
console-ministry-aefi-outcome-recovering = في طور التعافي
console-ministry-aefi-outcome-not-recovered = لم يتعافَ
console-ministry-aefi-outcome-fatal = وفاة
console-ministry-aefi-outcome-unknown = غير معروف
console-ministry-aefi-reported-by-staff = موظف
console-ministry-aefi-reported-by-citizen = مواطن

## Citizen requests

console-ministry-requests-nav = طلبات المواطنين
console-ministry-requests-title = طلبات المواطنين
console-ministry-requests-status-filter = الحالة
console-ministry-requests-status-open = مفتوح
console-ministry-requests-status-approved = مقبول
console-ministry-requests-status-resolved = تمت معالجته
console-ministry-requests-status-rejected = مرفوض
console-ministry-requests-status-all = الكل
console-ministry-requests-none = لا يوجد طلب بهذه الحالة.
console-ministry-requests-tracking = رقم التتبع
console-ministry-requests-member = مرجع المستفيد
console-ministry-requests-kind = موضوع الطلب
console-ministry-requests-value = القيمة المطلوبة
console-ministry-requests-details = التفاصيل
console-ministry-requests-status = الحالة
console-ministry-requests-created = تاريخ التقديم
console-ministry-requests-actions = القرار
console-ministry-requests-kind-name = تصحيح الاسم
console-ministry-requests-kind-birth-year = تصحيح سنة الميلاد
console-ministry-requests-kind-gender = تصحيح الجنس
console-ministry-requests-kind-wrong-dose = سُجّلت جرعة خاطئة
console-ministry-requests-kind-no-certificate = لم تُنشأ الشهادة
console-ministry-requests-kind-other = شكوى أخرى
console-ministry-requests-decided-on = صدر القرار في { $when }
console-ministry-requests-staff-note = الرد: { $note }
console-ministry-requests-approve = قبول
console-ministry-requests-resolve = معالجة
console-ministry-requests-reject = رفض
console-ministry-requests-approve-named = قبول الطلب { $tracking }
console-ministry-requests-resolve-named = معالجة الطلب { $tracking }
console-ministry-requests-reject-named = رفض الطلب { $tracking }
console-ministry-requests-approve-text = يُصحَّح سجل المستفيد كما طُلب: تُحفظ القيم القديمة في سجل التصحيحات ويُعاد إصدار الشهادات.
console-ministry-requests-resolve-text = تُسجَّل الشكوى على أنها تمت معالجتها. أخبر المواطن في الملاحظة بما تم.
console-ministry-requests-reject-text = يُرفض الطلب ويبقى السجل كما هو. أخبر المواطن في الملاحظة بالسبب.
console-ministry-requests-note = ملاحظة للمواطن
console-ministry-requests-note-hint = يراها المواطن مع حالة الطلب. 1000 حرف على الأكثر.
console-ministry-requests-approved-done = قُبل الطلب { $tracking }: صُحّح السجل وأُعيد إصدار الشهادات.
console-ministry-requests-resolved-done = تمت معالجة الطلب { $tracking }.
console-ministry-requests-rejected-done = رُفض الطلب { $tracking }.

## Corrections

console-ministry-corrections-title = التصحيحات
console-ministry-correction-beneficiary = تصحيح بيانات مستفيد
console-ministry-correction-dose = تصحيح جرعة
console-ministry-correction-reference = رقم مرجع المستفيد (14 رقمًا)
console-ministry-correction-new-name = الاسم المصحَّح
console-ministry-correction-new-birth-year = سنة الميلاد المصحَّحة
console-ministry-correction-dose-id = معرّف الجرعة
console-ministry-correction-new-vaccine = اللقاح المعطى فعلًا
console-ministry-correction-new-batch = التشغيلة المصحَّحة
console-ministry-correction-new-day = اليوم الذي أُعطيت فيه فعلًا
console-ministry-correction-leave-empty = اتركه فارغًا لإبقائه كما هو.
console-ministry-correction-reason = السبب
console-ministry-correction-apply = تطبيق التصحيح
console-ministry-correction-done = تم التصحيح. حُفظت القيم القديمة في السجل وأُعيد إصدار الشهادة.
console-ministry-correction-reference-invalid = أدخل رقم مرجع المستفيد المكوَّن من 14 رقمًا.
console-ministry-correction-dose-id-invalid = أدخل معرّف الجرعة كما يظهر معها (مثل 0b5c4e2a-1111-4222-8333-944455556666).
console-ministry-correction-birth-year-invalid = أدخل سنة بين 1900 والسنة الحالية.
console-ministry-correction-nothing = غيّر حقلًا واحدًا على الأقل.
console-ministry-correction-trail = سجل التصحيحات
console-ministry-correction-subject = رقم مرجع المستفيد أو معرّف الجرعة
console-ministry-correction-show-trail = عرض السجل
console-ministry-correction-trail-empty = لم يُصحَّح هذا السجل قط.
console-ministry-correction-when = متى
console-ministry-correction-by = بواسطة
console-ministry-correction-changes = التغييرات
console-ministry-correction-change = { $field }: { $before } ← { $after }

## Audit log

console-ministry-audit-title = سجل التدقيق
console-ministry-audit-action-filter = الإجراء
console-ministry-audit-action-hint = الإجراءات التي تبدأ بهذا، مثل staff. أو session.
console-ministry-audit-when = متى
console-ministry-audit-actor = من
console-ministry-audit-action = الإجراء
console-ministry-audit-target = الهدف
console-ministry-audit-detail = التفاصيل

## Configuration

console-ministry-config-title = الإعدادات
console-ministry-config-version = الإصدار { $version }
console-ministry-config-hint = يُفحص كل حفظ كما يفعل «cowin tenant check»، ويصبح إصدارًا جديدًا ويُسجَّل في سجل التدقيق.
console-ministry-config-saved = حُفظ بوصفه الإصدار { $version }.
console-ministry-config-export = تصدير مجلد المستأجر
console-ministry-config-refused-title = لم تُحفظ الإعدادات
console-ministry-config-conflict-title = حفظ شخص آخر قبلك
console-ministry-config-reload = تحميل أحدث إصدار
console-ministry-config-tab-vaccines = اللقاحات
console-ministry-config-tab-areas = المناطق
console-ministry-config-tab-branding = الهوية البصرية
console-ministry-config-tab-messages = الرسائل
console-ministry-config-tab-locked = إعدادات ثابتة
console-ministry-config-read-only-hint = تأتي هذه الإعدادات من مذكرة التفاهم أو الترخيص أو الهيئة الوطنية للصحة، ولا يمكن تغييرها هنا.
console-ministry-config-attribution = إسناد المنصة
console-ministry-rule-versions = { $count ->
    [zero] لا إصدارات قواعد
    [one] إصدار قواعد واحد
    [two] إصداران للقواعد
    [few] { $count } إصدارات للقواعد
    [many] { $count } إصدارًا للقواعد
   *[other] { $count } إصدار للقواعد
}
console-ministry-rule-version = الإصدار
console-ministry-rule-table = إصدارات قواعد { $vaccine }
console-ministry-rule-effective-from = ساري من
console-ministry-rule-ages = الأعمار
console-ministry-rule-doses = الجرعات
console-ministry-rule-mix-with = يمكن أن يليه
console-ministry-rule-mix-with-hint = اللقاحات التي يمكن أن تلي جرعة منه ضمن السلسلة الأساسية.
console-ministry-rule-booster = الجرعة المعززة
console-ministry-rule-in-force = ساري
console-ministry-rule-scheduled = مُجدوَل
console-ministry-rule-dose-first = الجرعة { $dose }
console-ministry-rule-dose-after = الجرعة { $dose }: بعد { $min } يومًا أو أكثر من الجرعة السابقة
console-ministry-rule-dose-between = الجرعة { $dose }: بعد { $min } إلى { $max } يومًا من الجرعة السابقة
console-ministry-rule-booster-summary = بعد { $days } يومًا من السلسلة الأساسية: { $vaccines }
console-ministry-rule-new = إصدار قواعد جديد لـ{ $vaccine }
console-ministry-rule-new-title = إصدار قواعد جديد: { $vaccine }
console-ministry-rule-new-hint = الإصدارات السارية لا تتغير أبدًا. يبدأ الإصدار الجديد من القواعد السارية؛ غيّر ما هو جديد واختر يوم سريانه.
console-ministry-rule-first-dose-hint = لا فاصل للجرعة الأولى.
console-ministry-rule-min-interval = الأيام بعد الجرعة السابقة، على الأقل (الجرعة { $dose })
console-ministry-rule-max-interval = الأيام بعد الجرعة السابقة، على الأكثر (الجرعة { $dose })
console-ministry-rule-add-dose = إضافة جرعة
console-ministry-rule-remove-dose = حذف الجرعة { $dose }
console-ministry-rule-booster-offered = تُقدَّم جرعة معززة
console-ministry-rule-booster-interval = الأيام بعد آخر جرعة في السلسلة الأساسية
console-ministry-rule-booster-vaccines = اللقاحات التي يمكن إعطاؤها جرعةً معززة
console-ministry-rule-save = حفظ الإصدار الجديد
console-ministry-rule-effective-past = اختر اليوم أو يومًا لاحقًا: لا يمكن أن تسري قاعدة في الماضي.
console-ministry-rule-effective-order = اختر يومًا بعد بدء سريان آخر إصدار.
console-ministry-rule-doses-missing = يحتاج اللقاح إلى جرعة واحدة على الأقل.
console-ministry-rule-interval-invalid = أدخل عدد الأيام عددًا صحيحًا.
console-ministry-rule-max-interval-invalid = يجب أن يكون أطول فاصل عددًا صحيحًا لا يقل عن أقصر فاصل.
console-ministry-rule-booster-vaccines-missing = اختر لقاحًا واحدًا على الأقل للجرعة المعززة.
console-ministry-areas-hint = أسماء المحافظات والمناطق بكل لغة، وعدد سكان كل منطقة، الذي تستخدمه لوحة المتابعة لحساب التغطية.
console-ministry-areas-state-name = اسم المحافظة بـ{ $language }
console-ministry-areas-district-name = اسم المنطقة بـ{ $language }
console-ministry-areas-population = عدد السكان
console-ministry-areas-population-hint = اتركه فارغًا إن كان مجهولًا: لا تُعرض عندها تغطية هذه المنطقة.
console-ministry-areas-save = حفظ المناطق
console-ministry-branding-issuer = الجهة المُصدِرة بـ{ $language }
console-ministry-branding-signatory = الموقِّع بـ{ $language }
console-ministry-branding-primary = اللون الأساسي
console-ministry-branding-accent = اللون الثانوي
console-ministry-branding-languages = لغات الشهادة
console-ministry-branding-languages-hint = لغة البلد والإنجليزية، بترتيب الطباعة.
console-ministry-branding-logo = ملف الشعار
console-ministry-branding-signature = ملف التوقيع
console-ministry-branding-files-hint = تُغيَّر ملفات الهوية البصرية في مجلد المستأجر.
console-ministry-branding-preview = معاينة الشهادة
console-ministry-branding-preview-hint = تعرض المعاينة شهادة نموذجية بالهوية البصرية أعلاه، قبل حفظها.
console-ministry-branding-preview-title = شهادة نموذجية
console-ministry-branding-preview-open = فتح ملف PDF
console-ministry-branding-preview-blocked = الشهادة النموذجية جاهزة. لا تستطيع هذه الصفحة عرضها داخلها: استخدم «فتح ملف PDF» لرؤيتها.
console-ministry-branding-save = حفظ الهوية البصرية
console-ministry-messages-hint = صياغة البلد الخاصة لرسائل المنصة، لكل لغة. لا يمكن تغيير اسم المنصة وإسنادها.
console-ministry-messages-none = لا توجد رسالة مُعدَّلة.
console-ministry-messages-language = اللغة
console-ministry-messages-id = معرّف الرسالة
console-ministry-messages-text = النص
console-ministry-messages-add = إضافة تعديل
console-ministry-messages-remove = حذف هذا التعديل
console-ministry-messages-save = حفظ الرسائل
console-ministry-messages-id-invalid = أدخل معرّف رسالة مثل sms-otp (أحرف لاتينية صغيرة وأرقام و-).
console-ministry-messages-platform = لا يمكن تغيير رسائل المنصة نفسها.
console-ministry-messages-duplicate = هذه الرسالة مُعدَّلة بالفعل بهذه اللغة.
