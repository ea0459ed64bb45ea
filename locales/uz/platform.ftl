# Uzbek — platform.ftl
platform-attribution = CoWIN — Hindiston Hukumatining Milliy sogʻliqni saqlash boshqarmasi tomonidan bepul taqdim etiladi; sotuvga moʻljallanmagan.
platform-name = CoWIN Global
tenant-welcome = { $country } emlash xizmati
