# Arabic — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = رمز الأمان أو وثيقة الهوية لا يطابق أي مستفيد لديه موعد محجوز في هذا المركز.
error-dose-already-recorded = سبق تسجيل هذه الجرعة لهذا المستفيد.
error-idempotency-key-reused = سبق استخدام مفتاح الطلب هذا لسجل جرعة مختلف.
error-facility-not-found = لا يوجد مركز مطابق.
error-facility-managed-by-config = هذا المركز محدَّد في إعدادات الدولة؛ يُرجى تغييره من هناك.
error-session-exists = لدى هذا المركز بالفعل جلسة لهذا اللقاح في ذلك اليوم.
error-capacity-below-booked = لا يمكن أن تكون السعة أقل من عدد الأماكن المحجوزة بالفعل.
error-session-has-bookings = توجد حجوزات في هذه الجلسة: لا يمكن تغيير يومها وأعمارها والفترات المحجوزة. أضف فترات أو انشر جلسة أخرى.
error-request-decided = تم البت في هذا الطلب بالفعل.
