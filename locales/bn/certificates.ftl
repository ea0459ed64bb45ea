# বাংলা — certificates.ftl
error-certificate-not-found = এই সুবিধাভোগীর জন্য এখনও কোনো শংসাপত্র জারি হয়নি।
error-not-a-certificate = এটি পড়ার যোগ্য কোনো বিন্যাসে (EU DCC, SMART Health Card, Verifiable Credential) টিকাকরণের শংসাপত্র নয়, অথবা এর QR কোড পড়া যায়নি।
certificate-title = কোভিড-১৯ টিকাকরণের শংসাপত্র
certificate-status-partial = অস্থায়ী শংসাপত্র (প্রাথমিক সিরিজ সম্পূর্ণ হয়নি)
certificate-status-full = চূড়ান্ত শংসাপত্র (প্রাথমিক সিরিজ সম্পূর্ণ)
certificate-status-booster = বুস্টার ডোজের শংসাপত্র
certificate-beneficiary-details = সুবিধাভোগীর বিবরণ
certificate-vaccination-details = টিকাকরণের বিবরণ
certificate-name = নাম
certificate-age = বয়স
certificate-gender = লিঙ্গ
certificate-id-document = যাচাইকৃত পরিচয়পত্র
certificate-reference = সুবিধাভোগীর রেফারেন্স আইডি
certificate-certificate-id = শংসাপত্র আইডি
certificate-vaccine = টিকার নাম
certificate-manufacturer = প্রস্তুতকারক
certificate-dose = ডোজ সংখ্যা
certificate-date = ডোজের তারিখ
certificate-batch = ব্যাচ নম্বর
certificate-facility = টিকাকরণের স্থান
certificate-place = জেলা, রাজ্য
certificate-issued = জারির সময়
certificate-qr-vc = যাচাইযোগ্য শংসাপত্র
certificate-qr-dcc = EU DCC / WHO DDCC:VS
certificate-qr-shc = স্মার্ট হেলথ কার্ড
certificate-verify-note = যেকোনো যাচাই অ্যাপ দিয়ে বা জারিকারীর /verify পাতায় QR কোড স্ক্যান করুন।
certificate-slip-title = অ্যাপয়েন্টমেন্ট স্লিপ
certificate-security-code = নিরাপত্তা কোড
certificate-appointment = অ্যাপয়েন্টমেন্ট আইডি
certificate-centre = টিকাকরণ কেন্দ্র
certificate-slot = সময়ের স্লট
certificate-booked-dose = ডোজ
certificate-booked-vaccine = টিকা
verify-title = টিকাকরণের শংসাপত্র যাচাই করুন
verify-instructions = শংসাপত্রের QR কোডের লেখা পেস্ট করুন (যা HC1: বা shc:/ দিয়ে শুরু হয়, বা একটি ক্রেডেনশিয়াল), অথবা QR কোডের ছবি বেছে নিন।
verify-submit = যাচাই করুন
verify-upload = QR কোডের ছবি:
verify-genuine = আসল: এই শংসাপত্রটি নিচে উল্লিখিত দেশ জারি করেছে এবং এটি বাতিল হয়নি।
verify-revoked = বাতিল: এই শংসাপত্রটি নিচে উল্লিখিত দেশ জারি করেছিল, কিন্তু এটি বাতিল করা হয়েছে (সাধারণত সংশোধনের পরে বদলানো)।
verify-unknown-issuer = অজানা জারিকারী: এই শংসাপত্রে এমন কোনো দেশের স্বাক্ষর নেই যার চাবি আমাদের কাছে আছে।
verify-tampered = কারচুপি: এই শংসাপত্রের বিষয়বস্তু তার স্বাক্ষরের সঙ্গে মেলে না।
certificate-ready-subject = আপনার টিকাকরণের শংসাপত্র প্রস্তুত
certificate-ready-body =
    প্রিয় { $name },
    { $date } তারিখে দেওয়া { $vaccine }-এর ডোজ { $dose }-এর শংসাপত্র প্রস্তুত।
    ডাউনলোড করতে সাইন ইন করুন। যে কেউ { $verify } ঠিকানায় এটি যাচাই করতে পারেন।
error-image-too-large = ছবিটি খুব বড়। সর্বোচ্চ { $megapixels } মেগাপিক্সেলের QR কোডের একটি ছবি পাঠান।
