# Oʻzbekcha — licence.ftl
error-licence-missing = Bu mamlakat xizmatida Hindiston Milliy sogʻliqni saqlash boshqarmasining litsenziyasi yoʻq, shuning uchun u ishlay olmaydi.
error-licence-forged = Bu mamlakat litsenziyasi Hindiston Milliy sogʻliqni saqlash boshqarmasining haqiqiy hujjati emas. Xizmat bloklandi.
error-licence-untrusted-key = Bu mamlakat litsenziyasi Milliy sogʻliqni saqlash boshqarmasiga tegishli boʻlmagan kalit bilan imzolangan. Xizmat bloklandi.
error-licence-expired = Bu mamlakat litsenziyasining muddati tugagan. Iltimos, sogʻliqni saqlash vazirligiga murojaat qiling.
error-licence-not-yet-valid = Bu mamlakat litsenziyasi hali kuchga kirmagan.
error-licence-revoked = Hindiston Milliy sogʻliqni saqlash boshqarmasi bu mamlakat litsenziyasini bekor qildi. Xizmat bloklandi.
error-licence-other-country = Bu yerda oʻrnatilgan litsenziya boshqa mamlakatga tegishli.
error-licence-other-deployment = Bu yerda oʻrnatilgan litsenziya platformaning boshqa oʻrnatmasiga tegishli.
error-licence-host-not-licensed = Bu manzil mamlakatning emlash xizmatini koʻrsatish uchun litsenziyalanmagan.
error-licence-terms-altered = Litsenziyada memorandum shartlari (bepul, sotish yoki qayta qadoqlash mumkin emas) yoʻq. Xizmat bloklandi.
