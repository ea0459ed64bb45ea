# Marathi (मराठी) — platform.ftl
platform-attribution = CoWIN — भारत सरकारच्या राष्ट्रीय आरोग्य प्राधिकरणाकडून विनामूल्य प्रदान; विक्रीसाठी नाही.
platform-name = CoWIN Global
tenant-welcome = { $country } देशाची लसीकरण सेवा
