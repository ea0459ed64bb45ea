# Français (fr) — platform.ftl : nom et mention de la plateforme
platform-attribution = CoWIN — fourni gratuitement par l’Autorité nationale de la santé (National Health Authority), Gouvernement de l’Inde ; ne peut être vendu.
platform-name = CoWIN Global
tenant-welcome = Service de vaccination — { $country }
