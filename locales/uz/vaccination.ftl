# Uzbek — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = Xavfsizlik kodi yoki shaxsni tasdiqlovchi hujjat ushbu emlash punktida qabulga yozilgan hech bir emlanuvchiga mos kelmaydi.
error-dose-already-recorded = Bu doza ushbu emlanuvchi uchun allaqachon qayd etilgan.
error-idempotency-key-reused = Ushbu soʻrov kaliti boshqa doza yozuvi uchun allaqachon ishlatilgan.
