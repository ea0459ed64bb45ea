# Uzbek — citizens.ftl: errors of login, registration and booking
error-unauthenticated = Iltimos, tizimga qayta kiring: seansingiz topilmadi yoki uning muddati tugagan.
error-invalid-mobile = Ushbu mobil telefon raqami yaroqsiz.
error-otp-invalid = Siz kiritgan tasdiqlash kodi notoʻgʻri.
error-otp-expired = Ushbu tasdiqlash kodining muddati tugagan yoki u allaqachon ishlatilgan. Iltimos, yangi kod soʻrang.
error-otp-attempts-exceeded = Notoʻgʻri urinishlar soni juda koʻp. Iltimos, yangi tasdiqlash kodini soʻrang.
error-otp-delivery-failed = Hozirda tasdiqlash kodini yuborib boʻlmadi. Iltimos, bir necha daqiqadan soʻng qayta urinib koʻring.
error-invalid-id-document = { $document } raqami yaroqsiz.
error-id-document-registered = Ushbu shaxsni tasdiqlovchi hujjat allaqachon roʻyxatdan oʻtkazilgan.
error-member-limit-reached = Ushbu mobil telefon raqamiga biriktirilgan kishilar soni ruxsat etilgan eng koʻp miqdorga ({ $limit } nafar) yetgan.
error-beneficiary-not-found = Ushbu mobil telefon raqami orqali bunday emlanuvchi roʻyxatdan oʻtmagan.
error-beneficiary-vaccinated = Vaksina dozasini olgan emlanuvchini oʻchirib boʻlmaydi.
error-session-not-found = Ushbu emlash seansi mavjud emas.
error-session-closed = Ushbu seansga yozilish yopilgan.
error-slot-not-offered = Tanlangan vaqt oraligʻi ushbu seansda mavjud emas.
error-no-capacity = Ushbu seansda bu doza uchun vaksina qolmagan.
error-age-not-eligible = Ushbu seans emlanuvchining yosh guruhi uchun ochiq emas.
error-dose-out-of-order = Oldingi dozalar qayd etilmaguncha bu dozaga yozilib boʻlmaydi.
error-dose-too-early = Keyingi dozaga { $date } sanasidan boshlab yozilish mumkin.
error-vaccine-mismatch = Bu doza oldingi dozalar bilan bir xil vaksinadan ({ $vaccine }) boʻlishi kerak.
error-already-booked = Emlanuvchi ushbu doza uchun allaqachon qabulga yozilgan.
error-appointment-not-found = Ushbu hisobda bunday qabul mavjud emas.
error-appointment-completed = Ushbu qabul yakunlangan va uni oʻzgartirib boʻlmaydi.
otp-message = Sizning CoWIN tasdiqlash kodingiz: { $otp }. U { $minutes } daqiqa davomida amal qiladi. Uni hech qachon hech kimga aytmang.
otp-email-subject = Sizning CoWIN tasdiqlash kodingiz
dose-reminder-sms = CoWIN: { $name } { $dose }-dozani { $date } sanasidan boshlab olishi mumkin. Qabulga yoziling: { $link }
dose-reminder-subject = { $name } uchun { $dose }-doza vaqti keldi
dose-reminder-body =
    Hurmatli { $name }!
    Amaldagi emlash qoidalariga koʻra { $dose }-dozani { $date } sanasidan boshlab olish mumkin.
    { $link } manzilida vaqt tanlab, qabulga yoziling (hisobga bogʻlangan mobil telefon raqami bilan tizimga kiring).
error-invalid-passport = Bu pasport raqami emas: pasportning fotosurati bor sahifasida chop etilgan raqamni kiriting (5 tadan 9 tagacha harf va raqam).
