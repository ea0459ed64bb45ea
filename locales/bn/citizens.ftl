# Bengali — citizens.ftl: errors of login, registration and booking
error-unauthenticated = অনুগ্রহ করে আবার সাইন ইন করুন: আপনার সেশনটি পাওয়া যায়নি অথবা এর মেয়াদ শেষ হয়ে গেছে।
error-invalid-mobile = এই মোবাইল নম্বরটি বৈধ নয়।
error-otp-invalid = আপনার দেওয়া ওটিপি সঠিক নয়।
error-otp-expired = এই ওটিপির মেয়াদ শেষ হয়ে গেছে অথবা এটি আগেই ব্যবহার করা হয়েছে। অনুগ্রহ করে একটি নতুন ওটিপির জন্য অনুরোধ করুন।
error-otp-attempts-exceeded = অত্যধিক সংখ্যক ভুল প্রচেষ্টা। অনুগ্রহ করে একটি নতুন ওটিপির জন্য অনুরোধ করুন।
error-otp-delivery-failed = এই মুহূর্তে আমরা ওটিপি পাঠাতে পারিনি। অনুগ্রহ করে কয়েক মিনিট পরে আবার চেষ্টা করুন।
error-invalid-id-document = { $document } নম্বরটি বৈধ নয়।
error-id-document-registered = এই পরিচয় নথিটি ইতিমধ্যে নিবন্ধিত রয়েছে।
error-member-limit-reached = এই মোবাইল নম্বরে ইতিমধ্যে সর্বোচ্চ { $limit } জন সদস্য নিবন্ধিত রয়েছেন।
error-beneficiary-not-found = এই মোবাইল নম্বরে এমন কোনো সুবিধাভোগী নিবন্ধিত নেই।
error-beneficiary-vaccinated = টিকার কোনো ডোজ গ্রহণ করেছেন এমন সুবিধাভোগীকে মুছে ফেলা যাবে না।
error-session-not-found = এই টিকাদান সেশনটির অস্তিত্ব নেই।
error-session-closed = এই সেশনের বুকিং বন্ধ হয়ে গেছে।
error-slot-not-offered = নির্বাচিত সময়ের স্লটটি এই সেশনে উপলব্ধ নয়।
error-no-capacity = এই সেশনে এই ডোজের জন্য আর কোনো টিকা অবশিষ্ট নেই।
error-age-not-eligible = এই সেশনটি সুবিধাভোগীর বয়সগোষ্ঠীর জন্য উন্মুক্ত নয়।
error-dose-out-of-order = পূর্ববর্তী ডোজগুলো নথিভুক্ত হওয়ার আগে এই ডোজ বুক করা যাবে না।
error-dose-too-early = পরবর্তী ডোজ { $date } থেকে বুক করা যাবে।
error-vaccine-mismatch = এই ডোজটি অবশ্যই আগের ডোজগুলোর একই টিকার ({ $vaccine }) হতে হবে।
error-already-booked = এই ডোজের জন্য সুবিধাভোগীর ইতিমধ্যে একটি অ্যাপয়েন্টমেন্ট রয়েছে।
error-appointment-not-found = এই অ্যাকাউন্টে এমন কোনো অ্যাপয়েন্টমেন্ট নেই।
error-appointment-completed = এই অ্যাপয়েন্টমেন্টটি সম্পন্ন হয়েছে এবং এটি পরিবর্তন করা যাবে না।
otp-message = আপনার CoWIN ওটিপি হলো { $otp }। এটি { $minutes } মিনিট পর্যন্ত বৈধ থাকবে। এটি কখনো কারও সঙ্গে শেয়ার করবেন না।
otp-email-subject = আপনার CoWIN ওটিপি
dose-reminder-sms = CoWIN: { $date } থেকে { $name }-এর ডোজ { $dose } নেওয়া যাবে। স্লট বুক করুন: { $link }
dose-reminder-subject = { $name }-এর ডোজ { $dose } নেওয়ার সময় হয়েছে
dose-reminder-body =
    প্রিয় { $name },
    বর্তমানে কার্যকর টিকাকরণের নিয়ম অনুযায়ী, { $date } থেকে ডোজ { $dose } নেওয়া যাবে।
    { $link } ঠিকানায় স্লট বুক করুন (অ্যাকাউন্টের মোবাইল নম্বর দিয়ে সাইন ইন করুন)।
error-invalid-passport = এটি পাসপোর্ট নম্বর নয়: পাসপোর্টের ছবিযুক্ত পাতায় ছাপা নম্বরটি লিখুন (৫ থেকে ৯টি অক্ষর ও অঙ্ক)।
