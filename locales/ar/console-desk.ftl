# Arabic — console-desk.ftl: the admin console's vaccinator desk (today's list, verification, walk-ins, doses, offline queue)

console-nav-desk = مكتب المُطعِّم
console-nav-desk-queue = الجرعات على هذا الجهاز
console-desk-title = مكتب المُطعِّم

## Connection and queue
console-desk-online = متصل
console-desk-offline = غير متصل
console-desk-offline-explain = تُحفظ الجرعات التي تسجّلها على هذا الجهاز وتُرسل فور عودة الشبكة.
console-desk-pending-count = { $count ->
    [0] لا توجد جرعات بانتظار الإرسال
    [zero] لا توجد جرعات بانتظار الإرسال
    [one] جرعة واحدة بانتظار الإرسال
    [two] جرعتان بانتظار الإرسال
    [few] { $count } جرعات بانتظار الإرسال
   *[other] { $count } جرعة بانتظار الإرسال
}
console-desk-queue-open = عرض الجرعات
console-desk-sync-now = أرسِل الآن
console-desk-sync-title = أُرسلت الجرعات
console-desk-sync-result = سُجّلت: { $recorded }. مسجّلة من قبل: { $duplicate }. مرفوضة: { $refused }.
console-desk-sync-unreachable = تعذّر الوصول إلى الخادم؛ تبقى الجرعات على هذا الجهاز وتُرسل لاحقًا.
console-desk-sync-still-pending = { $count ->
    [one] لا تزال جرعة واحدة بالانتظار.
    [two] لا تزال جرعتان بالانتظار.
    [few] لا تزال { $count } جرعات بالانتظار.
   *[other] لا تزال { $count } جرعة بالانتظار.
}
console-desk-sync-other-staff = سجّل هذه الجرعات موظف آخر على هذا الجهاز: تُرسل عندما يسجّل ذلك الشخص الدخول هنا مجددًا.
console-desk-sync-nothing = لم يكن هناك ما ينتظر الإرسال.
console-desk-storage-failed-title = لا يستطيع هذا المتصفح حفظ عمل المكتب
console-desk-storage-failed-text = يحتاج المكتب إلى تخزين المتصفح (IndexedDB) ليحفظ الجرعات عند انقطاع الشبكة. اخرج من التصفح الخاص أو استخدم متصفحًا آخر.
console-desk-no-facility-title = لا يوجد مركز
console-desk-no-facility-text = أنت غير مُعيَّن في أي مركز نشط. اطلب من مسؤول المنطقة إضافتك إلى مركز.

## Today's list
console-desk-facility-label = المركز
console-desk-facility-at = المركز: { $facility }
console-desk-verify-document = البحث بوثيقة الهوية
console-desk-walk-in = تسجيل حضور بلا موعد
console-desk-appointments-title = مواعيد يوم { $date }
console-desk-appointments-saved = قائمة محفوظة في { $time }: الشبكة منقطعة، لذا قد لا تكون محدَّثة.
console-desk-appointments-search = البحث بالاسم أو الرقم المرجعي
console-desk-appointments-none = لا توجد مواعيد محجوزة هنا اليوم.
console-desk-appointments-no-match = لا أحد في قائمة اليوم يطابق هذا البحث.
console-desk-appointment-open = التحقق من { $name }، الفترة { $slot }
console-desk-appointment-line = مواليد { $year } · { $slot }
console-desk-appointment-dose = الجرعة { $dose } من { $vaccine }
console-desk-appointment-missing = هذا الموعد غير موجود في قائمة اليوم لهذا المركز.
console-desk-back-to-list = العودة إلى قائمة اليوم

## Verification
console-desk-verify-title = التحقق من الموعد
console-desk-code-label = رمز الأمان
console-desk-code-hint = الأرقام الأربعة المطبوعة على قسيمة الموعد.
console-desk-code-invalid = أدخل الأرقام الأربعة لرمز الأمان.
console-desk-code-submit = تحقّق
console-desk-code-offline-title = لا توجد شبكة: لا يمكن التحقق من الرمز
console-desk-code-offline-text = تحقّق بنفسك من قسيمة الموعد ووثيقة الهوية. يتحقق الخادم من الجرعة عند إرسالها.
console-desk-code-offline-confirm = تحققتُ من وثائقه
console-desk-checked-by-eye = تحققتَ بنفسك دون شبكة: يتحقق الخادم من الجرعة عند إرسالها.
console-desk-document-title = البحث بوثيقة الهوية
console-desk-document-type = وثيقة الهوية
console-desk-document-number = رقم الوثيقة
console-desk-document-number-missing = أدخل رقم الوثيقة.
console-desk-document-submit = بحث
console-desk-document-not-found = لم يُعثر عليه
console-desk-document-offline-title = لا توجد شبكة
console-desk-document-offline-text = لا يمكن البحث عن شخص بوثيقته إلا مع وجود الشبكة. إن لم يكن مسجّلًا بعد، فسجّله حضورًا بلا موعد: ينتظر التسجيل الشبكة مع جرعته.

## The person
console-desk-person-born = مواليد { $year }
console-desk-person-reference = الرقم المرجعي { $reference }
console-desk-person-not-registered = يُسجَّل عند عودة الشبكة
console-desk-person-no-doses = لا جرعات بعد
console-desk-person-doses = الجرعات حتى الآن
console-desk-person-dose-line = الجرعة { $dose }: { $vaccine }، { $date }

## Walk-ins
console-desk-walk-in-title = تسجيل حضور بلا موعد
console-desk-walk-in-name = الاسم الكامل (كما في الوثيقة)
console-desk-walk-in-name-missing = أدخل الاسم.
console-desk-walk-in-birth-year = سنة الميلاد
console-desk-walk-in-birth-year-invalid = أدخل سنة ميلاد مثل 1980.
console-desk-walk-in-gender = الجنس
console-desk-walk-in-mobile = رقم الهاتف المحمول
console-desk-walk-in-mobile-hint = حسابه هو حساب هذا الرقم، ويُنشأ إن كان جديدًا.
console-desk-walk-in-mobile-invalid = أدخل رقم هاتف محمول.
console-desk-walk-in-submit = سجّل وتابع
console-desk-walk-in-refused = لم يُسجَّل
console-desk-walk-in-registered = تمّ التسجيل.
console-desk-walk-in-found = مسجّل من قبل: عُثر عليه بوثيقة هويته.
console-desk-walk-in-offline = لا توجد شبكة: سيُسجَّل عند عودة الشبكة، قبيل إرسال جرعته.

## Recording a dose
console-desk-record-form = تسجيل الجرعة
console-desk-record-vaccine = اللقاح
console-desk-record-dose = الجرعة
console-desk-record-dose-option = الجرعة { $dose }
console-desk-record-batch = رقم التشغيلة
console-desk-record-batch-hint = يُحفظ لليوم في هذا المركز.
console-desk-record-batch-missing = أدخل رقم تشغيلة القارورة.
console-desk-record-no-vaccine = لا توجد جلسة في هذا المركز اليوم تقدّم لقاحًا. اطلب من مدير المركز نشر جلسة اليوم.
console-desk-record-submit = سجّل الجرعة { $dose } من { $vaccine }
console-desk-outcome-recorded = سُجّلت الجرعة { $dose } من { $vaccine } لـ { $name }.
console-desk-outcome-queued = حُفظت الجرعة { $dose } من { $vaccine } لـ { $name } على هذا الجهاز.
console-desk-outcome-queued-text = تُرسل فور عودة الشبكة.
console-desk-outcome-duplicate = الجرعة { $dose } من { $vaccine } لـ { $name } مسجّلة من قبل: تُحتسب مرة واحدة.
console-desk-outcome-refused = لم تُسجَّل الجرعة { $dose } من { $vaccine } لـ { $name }.
console-desk-outcome-already-queued = الجرعة { $dose } من { $vaccine } لـ { $name } موجودة على هذا الجهاز من قبل: تُحتسب مرة واحدة.
console-desk-outcome-change = عدّل وسجّل من جديد
console-desk-outcome-next = الشخص التالي

## Doses on this device
console-desk-queue-title = الجرعات على هذا الجهاز
console-desk-queue-last-sync = آخر إرسال في { $time }.
console-desk-queue-pending-title = بانتظار الإرسال ({ $count })
console-desk-queue-pending-none = لا شيء بالانتظار: وصلت كل جرعة سُجّلت هنا إلى الخادم.
console-desk-queue-settled-title = أُرسلت اليوم
console-desk-queue-settled-none = لم تُرسل أي جرعة من هذا الجهاز اليوم بعد.
console-desk-queue-entry-dose = الجرعة { $dose } من { $vaccine }، التشغيلة { $batch }، الساعة { $time }
console-desk-queue-entry-walk-in = حضور بلا موعد: يُسجَّل قبيل إرسال الجرعة.
console-desk-queue-entry-attempts = { $count ->
    [one] جرت محاولة واحدة دون الوصول إلى الخادم.
    [two] جرت محاولتان دون الوصول إلى الخادم.
    [few] جرت { $count } محاولات دون الوصول إلى الخادم.
   *[other] جرت { $count } محاولة دون الوصول إلى الخادم.
}
console-desk-queue-dismiss = إزالة من القائمة
console-desk-queue-dismiss-label = إزالة { $name } من القائمة
console-desk-status-pending = بالانتظار
console-desk-status-recorded = مسجّلة
console-desk-status-duplicate = مسجّلة من قبل
console-desk-status-refused = مرفوضة
