# Uzbek — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = Xavfsizlik kodi yoki shaxsni tasdiqlovchi hujjat ushbu emlash punktida qabulga yozilgan hech bir emlanuvchiga mos kelmaydi.
error-dose-already-recorded = Bu doza ushbu emlanuvchi uchun allaqachon qayd etilgan.
error-idempotency-key-reused = Ushbu soʻrov kaliti boshqa doza yozuvi uchun allaqachon ishlatilgan.
error-facility-not-found = Bunday emlash punkti mavjud emas.
error-facility-managed-by-config = Ushbu emlash punkti davlat konfiguratsiyasida belgilangan; iltimos, uni oʻsha yerda oʻzgartiring.
error-session-exists = Ushbu emlash punktida oʻsha kuni bu vaksina boʻyicha seans allaqachon mavjud.
error-capacity-below-booked = Sigʻim allaqachon qabulga yozilganlar uchun band qilingan oʻrinlar sonidan kam boʻlishi mumkin emas.
error-session-has-bookings = Bu seansga odamlar yozilgan: uning kuni, yoshlari va band qilingan vaqtlari oʻzgarmaydi. Vaqt qoʻshing yoki boshqa seans eʼlon qiling.
error-request-decided = Bu murojaat boʻyicha allaqachon qaror qabul qilingan.
