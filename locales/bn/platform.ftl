# Bengali — platform.ftl
platform-attribution = CoWIN — ভারত সরকারের জাতীয় স্বাস্থ্য কর্তৃপক্ষ কর্তৃক বিনামূল্যে প্রদত্ত; বিক্রয়ের জন্য নয়।
platform-name = CoWIN Global
tenant-welcome = { $country }-এর টিকাদান পরিষেবা
