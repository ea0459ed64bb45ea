# Arabic — platform.ftl
platform-attribution = CoWIN — مقدَّم مجانًا من الهيئة الوطنية للصحة التابعة لحكومة الهند؛ غير مخصص للبيع.
platform-name = CoWIN Global
tenant-welcome = خدمة التطعيم في { $country }
