# Arabic — staff.ftl: messages of staff accounts and access control
error-staff-login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة، أو أن الحساب معطّل.
error-forbidden = لا يسمح لك دورك بتنفيذ هذا الإجراء هنا.
error-csrf-rejected = لم يصدر هذا الطلب من صفحات هذا الموقع. أعد تحميل الصفحة وحاول مرة أخرى.
error-invitation-invalid = هذه الدعوة غير صالحة: فقد سبق استخدامها أو انتهت صلاحيتها.
error-weak-password = يُرجى اختيار كلمة مرور لا يقل عدد أحرفها عن { $length }.
error-staff-not-found = لا يوجد موظف مطابق في خدمة هذه الدولة.
error-mail-delivery-failed = تعذّر علينا إرسال البريد الإلكتروني في الوقت الحالي. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
error-staff-email-registered = يوجد بالفعل موظف مسجّل بعنوان البريد الإلكتروني هذا.
staff-invitation-subject = دعوتك إلى خدمة CoWIN للتطعيم في { $country }
staff-invitation-body = { $name }، تمت دعوتك إلى خدمة CoWIN للتطعيم في { $country } بصفة «{ $role }». مدة صلاحية الرمز بالأيام: { $days }. لتعيين كلمة المرور، يُرجى استخدام هذا الرمز: { $token }
