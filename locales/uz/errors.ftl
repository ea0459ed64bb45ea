# Uzbek — errors.ftl
error-tenant-not-found = Ushbu manzilda hech bir davlatning emlash xizmati koʻrsatilmaydi.
error-tenant-suspended = Ushbu davlatning emlash xizmati toʻxtatib qoʻyilgan. Iltimos, sogʻliqni saqlash vazirligiga murojaat qiling.
error-not-found = Soʻralgan resurs mavjud emas.
error-method-not-allowed = Ushbu resurs uchun bu usulga ruxsat berilmagan.
error-invalid-parameter = “{ $name }” parametri mavjud emas yoki yaroqsiz.
error-invalid-body = Soʻrov mazmuni yaroqsiz.
error-payload-too-large = Soʻrov hajmi juda katta.
error-unsupported-media-type = Soʻrov JSON formatida yuborilishi kerak.
error-internal = Bizning tomonimizda xatolik yuz berdi. Iltimos, keyinroq qayta urinib koʻring.
error-unavailable = Xizmat vaqtincha mavjud emas. Iltimos, birozdan soʻng qayta urinib koʻring.
error-rate-limited = Soʻrovlar soni juda koʻp. Iltimos, { $seconds } soniyadan soʻng qayta urinib koʻring.
error-tenant-config-invalid = Ijarachi sozlamalari yaroqsiz: { $reason }
error-confirmation-mismatch = Tasdiqlash uchun mamlakat kodi { $code } ni “confirm” sifatida yuboring.
error-configuration-changed = Siz ochganingizdan keyin sozlamalarni boshqa kishi o‘zgartirdi (hozir { $version }-versiya). Qayta yuklang va o‘zgarishingizni yana kiriting.
error-tenant-on-other-cluster = Ushbu mamlakatning maʼlumotlari { $cluster } maʼlumotlar bazasi klasterida joylashgan. Eksport qilishdan yoki uzib qoʻyishdan oldin ularni “main” klasteriga koʻchiring.
