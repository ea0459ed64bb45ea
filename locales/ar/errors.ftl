# Arabic — errors.ftl
error-tenant-not-found = لا تُقدَّم على هذا العنوان خدمة التطعيم الخاصة بأي دولة.
error-tenant-suspended = خدمة التطعيم في هذه الدولة معلّقة. يُرجى التواصل مع وزارة الصحة.
error-not-found = المورد المطلوب غير موجود.
error-method-not-allowed = هذه الطريقة غير مسموح بها على هذا المورد.
error-invalid-parameter = المعامل «{ $name }» مفقود أو غير صالح.
error-invalid-body = نص الطلب غير صالح.
error-payload-too-large = حجم الطلب كبير جدًا.
error-unsupported-media-type = يجب إرسال الطلب بتنسيق JSON.
error-internal = حدث خطأ من جانبنا. يُرجى المحاولة مرة أخرى لاحقًا.
error-unavailable = الخدمة غير متاحة مؤقتًا. يُرجى المحاولة مرة أخرى بعد قليل.
error-rate-limited = عدد الطلبات كبير جدًا. يُرجى المحاولة مرة أخرى بعد { $seconds } ثانية.
error-tenant-config-invalid = إعدادات المستأجر غير صالحة: { $reason }
error-confirmation-mismatch = للتأكيد، أرسل رمز الدولة { $code } في الحقل “confirm”.
error-configuration-changed = غيّر شخص آخر الإعدادات منذ فتحتها (الإصدار الآن { $version }). أعد تحميلها وأجرِ تغييرك مرة أخرى.
error-tenant-on-other-cluster = بيانات هذه الدولة موجودة على عنقود قاعدة البيانات { $cluster }. انقلها إلى العنقود «main» قبل تصديرها أو إزالتها.
