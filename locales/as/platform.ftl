# অসমীয়া (Assamese) — platform.ftl
platform-attribution = CoWIN — ভাৰত চৰকাৰৰ ৰাষ্ট্ৰীয় স্বাস্থ্য প্ৰাধিকৰণে বিনামূলীয়াকৈ প্ৰদান কৰা; বিক্ৰীৰ বাবে নহয়।
platform-name = CoWIN Global
tenant-welcome = { $country }ৰ টীকাকৰণ সেৱা
