# Uzbek — console-desk.ftl: the admin console's vaccinator desk (today's list, verification, walk-ins, doses, offline queue)

console-nav-desk = Emlovchi stoli
console-nav-desk-queue = Ushbu qurilmadagi dozalar
console-desk-title = Emlovchi stoli

## Connection and queue
console-desk-online = Onlayn
console-desk-offline = Oflayn
console-desk-offline-explain = Siz qayd etgan dozalar shu qurilmada saqlanadi va tarmoq qaytishi bilan yuboriladi.
console-desk-pending-count = { $count ->
    [0] Yuborilishini kutayotgan doza yoʻq
   *[other] Yuborilishini kutayotgan dozalar: { $count }
}
console-desk-queue-open = Dozalarni koʻrish
console-desk-sync-now = Hozir yuborish
console-desk-sync-title = Dozalar yuborildi
console-desk-sync-result = Qayd etildi: { $recorded }. Avval qayd etilgan: { $duplicate }. Rad etildi: { $refused }.
console-desk-sync-unreachable = Server bilan bogʻlanib boʻlmadi; dozalar shu qurilmada qoladi va keyinroq yuboriladi.
console-desk-sync-still-pending = Hali kutayotgan dozalar: { $count }.
console-desk-sync-other-staff = Bu dozalarni ushbu qurilmada boshqa xodim qayd etgan: u shu yerda qayta kirganda yuboriladi.
console-desk-sync-nothing = Yuborilishini kutayotgan hech narsa yoʻq edi.
console-desk-storage-failed-title = Bu brauzer stol ishini saqlay olmaydi
console-desk-storage-failed-text = Tarmoq uzilganda dozalarni saqlash uchun stolga brauzer xotirasi (IndexedDB) kerak. Maxfiy rejimdan chiqing yoki boshqa brauzerdan foydalaning.
console-desk-no-facility-title = Muassasa yoʻq
console-desk-no-facility-text = Siz birorta faol muassasaga biriktirilmagansiz. Tuman maʼmuringizdan sizni muassasaga qoʻshishni soʻrang.

## Today's list
console-desk-facility-label = Muassasa
console-desk-facility-at = Muassasa: { $facility }
console-desk-verify-document = Shaxsini tasdiqlovchi hujjat boʻyicha topish
console-desk-walk-in = Navbatsiz kelganni roʻyxatga olish
console-desk-appointments-title = { $date } kungi qabullar
console-desk-appointments-saved = { $time } da saqlangan roʻyxat: tarmoq yoʻq, shuning uchun u eskirgan boʻlishi mumkin.
console-desk-appointments-search = Ism yoki maʼlumot raqami boʻyicha topish
console-desk-appointments-none = Bugun bu yerda hech qanday qabul band qilinmagan.
console-desk-appointments-no-match = Bugungi roʻyxatda bu qidiruvga mos keladigan hech kim yoʻq.
console-desk-appointment-open = { $name } ni tekshirish, vaqt { $slot }
console-desk-appointment-line = Tugʻilgan yili { $year } · { $slot }
console-desk-appointment-dose = { $vaccine }, { $dose }-doza
console-desk-appointment-missing = Bu qabul ushbu muassasaning bugungi roʻyxatida yoʻq.
console-desk-back-to-list = Bugungi roʻyxatga qaytish

## Verification
console-desk-verify-title = Qabulni tekshirish
console-desk-code-label = Xavfsizlik kodi
console-desk-code-hint = Qabul varaqasida bosilgan 4 ta raqam.
console-desk-code-invalid = Xavfsizlik kodining 4 ta raqamini kiriting.
console-desk-code-submit = Tekshirish
console-desk-code-offline-title = Tarmoq yoʻq: kodni tekshirib boʻlmaydi
console-desk-code-offline-text = Qabul varaqasi va shaxsini tasdiqlovchi hujjatni oʻzingiz tekshiring. Doza yuborilganda server uni tekshiradi.
console-desk-code-offline-confirm = Hujjatlarini tekshirdim
console-desk-checked-by-eye = Tarmoqsiz siz tekshirdingiz: doza yuborilganda server uni tekshiradi.
console-desk-document-title = Hujjat boʻyicha topish
console-desk-document-type = Shaxsini tasdiqlovchi hujjat
console-desk-document-number = Hujjat raqami
console-desk-document-number-missing = Hujjat raqamini kiriting.
console-desk-document-submit = Topish
console-desk-document-not-found = Topilmadi
console-desk-document-offline-title = Tarmoq yoʻq
console-desk-document-offline-text = Insonni hujjati boʻyicha faqat onlayn holatda topish mumkin. Agar u hali roʻyxatdan oʻtmagan boʻlsa, navbatsiz kelgan sifatida roʻyxatga oling: roʻyxatga olish dozasi bilan birga tarmoqni kutadi.

## The person
console-desk-person-born = Tugʻilgan yili { $year }
console-desk-person-reference = Maʼlumot raqami { $reference }
console-desk-person-not-registered = Tarmoq qaytganda roʻyxatga olinadi
console-desk-person-no-doses = Hali doza olmagan
console-desk-person-doses = Hozirgacha olingan dozalar
console-desk-person-dose-line = { $dose }-doza: { $vaccine }, { $date }

## Walk-ins
console-desk-walk-in-title = Navbatsiz kelganni roʻyxatga olish
console-desk-walk-in-name = Toʻliq ism (hujjatdagidek)
console-desk-walk-in-name-missing = Ismini kiriting.
console-desk-walk-in-birth-year = Tugʻilgan yili
console-desk-walk-in-birth-year-invalid = Tugʻilgan yilni kiriting, masalan 1980.
console-desk-walk-in-gender = Jinsi
console-desk-walk-in-mobile = Mobil telefon raqami
console-desk-walk-in-mobile-hint = Uning hisobi shu raqamniki; yangi boʻlsa, yaratiladi.
console-desk-walk-in-mobile-invalid = Mobil telefon raqamini kiriting.
console-desk-walk-in-submit = Roʻyxatga olish va davom etish
console-desk-walk-in-refused = Roʻyxatga olinmadi
console-desk-walk-in-registered = Roʻyxatga olindi.
console-desk-walk-in-found = Avval roʻyxatdan oʻtgan: shaxsini tasdiqlovchi hujjati boʻyicha topildi.
console-desk-walk-in-offline = Tarmoq yoʻq: tarmoq qaytganda, dozasi yuborilishidan oldin roʻyxatga olinadi.

## Recording a dose
console-desk-record-form = Dozani qayd etish
console-desk-record-vaccine = Vaksina
console-desk-record-dose = Doza
console-desk-record-dose-option = { $dose }-doza
console-desk-record-batch = Seriya raqami
console-desk-record-batch-hint = Ushbu muassasada bugun uchun eslab qolinadi.
console-desk-record-batch-missing = Flakonning seriya raqamini kiriting.
console-desk-record-no-vaccine = Bugun bu muassasaning hech bir seansida vaksina berilmaydi. Muassasa rahbaridan bugungi seansni eʼlon qilishni soʻrang.
console-desk-record-submit = { $vaccine }, { $dose }-dozani qayd etish
console-desk-outcome-recorded = { $name } uchun { $vaccine }, { $dose }-doza qayd etildi.
console-desk-outcome-queued = { $name } uchun { $vaccine }, { $dose }-doza shu qurilmada saqlandi.
console-desk-outcome-queued-text = Tarmoq qaytishi bilan yuboriladi.
console-desk-outcome-duplicate = { $name } uchun { $vaccine }, { $dose }-doza avval qayd etilgan edi: u bir marta hisoblanadi.
console-desk-outcome-refused = { $name } uchun { $vaccine }, { $dose }-doza qayd etilmadi.
console-desk-outcome-already-queued = { $name } uchun { $vaccine }, { $dose }-doza allaqachon shu qurilmada: u bir marta hisoblanadi.
console-desk-outcome-change = Oʻzgartirib, qayta qayd etish
console-desk-outcome-next = Keyingi inson

## Doses on this device
console-desk-queue-title = Ushbu qurilmadagi dozalar
console-desk-queue-last-sync = Oxirgi marta { $time } da yuborildi.
console-desk-queue-pending-title = Yuborilishini kutmoqda ({ $count })
console-desk-queue-pending-none = Kutayotgan narsa yoʻq: bu yerda qayd etilgan har bir doza serverga yetib bordi.
console-desk-queue-settled-title = Bugun yuborilganlar
console-desk-queue-settled-none = Bugun bu qurilmadan hali birorta doza yuborilmagan.
console-desk-queue-entry-dose = { $vaccine }, { $dose }-doza, seriya { $batch }, vaqt { $time }
console-desk-queue-entry-walk-in = Navbatsiz kelgan: doza yuborilishidan oldin roʻyxatga olinadi.
console-desk-queue-entry-attempts = Serverga yetib bormasdan { $count } marta urinildi.
console-desk-queue-dismiss = Roʻyxatdan olib tashlash
console-desk-queue-dismiss-label = { $name } ni roʻyxatdan olib tashlash
console-desk-status-pending = Kutmoqda
console-desk-status-recorded = Qayd etildi
console-desk-status-duplicate = Avval qayd etilgan
console-desk-status-refused = Rad etildi
