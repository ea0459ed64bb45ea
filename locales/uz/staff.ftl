# Uzbek — staff.ftl: messages of staff accounts and access control
error-staff-login-failed = Elektron pochta manzili yoki parol notoʻgʻri, yoxud hisob faolsizlantirilgan.
error-forbidden = Sizning rolingiz bu yerda ushbu amalni bajarishga ruxsat bermaydi.
error-csrf-rejected = Bu so'rov ushbu saytning o'z sahifalaridan kelmagan. Sahifani qayta yuklang va yana urinib ko'ring.
error-invitation-invalid = Ushbu taklifnoma yaroqsiz: u allaqachon ishlatilgan yoki uning muddati tugagan.
error-weak-password = Kamida { $length } ta belgidan iborat parol tanlang.
error-staff-not-found = Ushbu davlat xizmatida bunday xodim mavjud emas.
error-mail-delivery-failed = Hozirda elektron xatni yuborib boʻlmadi. Iltimos, bir necha daqiqadan soʻng qayta urinib koʻring.
error-staff-email-registered = Ushbu elektron pochta manziliga ega xodim allaqachon mavjud.
staff-invitation-subject = Sizning { $country } CoWIN emlash xizmatiga taklifnomangiz
staff-invitation-body = { $name }, siz { $country } CoWIN emlash xizmatiga “{ $role }” roli bilan taklif qilindingiz. Parolingizni oʻrnatish uchun ushbu koddan { $days } kun ichida foydalaning: { $token }
