# Arabic — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = رمز الأمان أو وثيقة الهوية لا يطابق أي مستفيد لديه موعد محجوز في هذا المركز.
error-dose-already-recorded = سبق تسجيل هذه الجرعة لهذا المستفيد.
error-idempotency-key-reused = سبق استخدام مفتاح الطلب هذا لسجل جرعة مختلف.
