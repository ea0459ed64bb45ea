# অসমীয়া (Assamese) — citizens.ftl: errors of login, registration and booking
error-unauthenticated = অনুগ্ৰহ কৰি পুনৰ ছাইন ইন কৰক: আপোনাৰ ছেচনটো পোৱা নগ’ল অথবা ইয়াৰ ম্যাদ উকলি গৈছে।
error-invalid-mobile = এই ম’বাইল নম্বৰটো বৈধ নহয়।
error-otp-invalid = আপুনি দিয়া অ’টিপিটো শুদ্ধ নহয়।
error-otp-expired = এই অ’টিপিটোৰ ম্যাদ উকলি গৈছে অথবা ইয়াক আগতেই ব্যৱহাৰ কৰা হৈছে। অনুগ্ৰহ কৰি এটা নতুন অ’টিপিৰ বাবে অনুৰোধ কৰক।
error-otp-attempts-exceeded = বহুতবাৰ ভুল চেষ্টা কৰা হৈছে। অনুগ্ৰহ কৰি এটা নতুন অ’টিপিৰ বাবে অনুৰোধ কৰক।
error-otp-delivery-failed = আমি এই মুহূৰ্তত অ’টিপি পঠিয়াব নোৱাৰিলোঁ। অনুগ্ৰহ কৰি কেইমিনিটমানৰ পিছত পুনৰ চেষ্টা কৰক।
error-invalid-id-document = { $document } নম্বৰটো বৈধ নহয়।
error-id-document-registered = এই পৰিচয়পত্ৰখন ইতিমধ্যে পঞ্জীয়ন কৰা হৈছে।
error-member-limit-reached = এই ম’বাইল নম্বৰত ইতিমধ্যে সৰ্বাধিক { $limit } জন সদস্য পঞ্জীয়ন কৰা হৈছে।
error-beneficiary-not-found = এই ম’বাইল নম্বৰত এনে কোনো হিতাধিকাৰী পঞ্জীয়ন কৰা হোৱা নাই।
error-beneficiary-vaccinated = টীকাৰ কোনো ডোজ লোৱা হিতাধিকাৰীক বিলোপ কৰিব নোৱাৰি।
error-session-not-found = এই টীকাকৰণ ছেচনটোৰ অস্তিত্ব নাই।
error-session-closed = এই ছেচনৰ বুকিং বন্ধ হৈ গৈছে।
error-slot-not-offered = বাছনি কৰা সময়ৰ শ্লটটো এই ছেচনত উপলব্ধ নহয়।
error-no-capacity = এই ছেচনত এই ডোজৰ বাবে আৰু কোনো টীকা বাকী নাই।
error-age-not-eligible = এই ছেচনটো হিতাধিকাৰীৰ বয়সৰ গোটৰ বাবে মুকলি নহয়।
error-dose-out-of-order = আগৰ ডোজবোৰ নথিভুক্ত নোহোৱালৈকে এই ডোজ বুক কৰিব নোৱাৰি।
error-dose-too-early = পৰৱৰ্তী ডোজ { $date } তাৰিখৰ পৰা বুক কৰিব পাৰিব।
error-vaccine-mismatch = এই ডোজটো আগৰ ডোজবোৰৰ দৰে একেটা টীকাৰে ({ $vaccine }) হ’ব লাগিব।
error-already-booked = এই ডোজৰ বাবে হিতাধিকাৰীৰ ইতিমধ্যে এটা এপইণ্টমেণ্ট আছে।
error-appointment-not-found = এই একাউণ্টত এনে কোনো এপইণ্টমেণ্ট নাই।
error-appointment-completed = এই এপইণ্টমেণ্টটো সম্পূৰ্ণ হৈছে আৰু ইয়াক সলনি কৰিব নোৱাৰি।
otp-message = আপোনাৰ CoWIN অ’টিপি হৈছে { $otp }। ই { $minutes } মিনিটলৈ বৈধ। ইয়াক কেতিয়াও কাৰো সৈতে শ্বেয়াৰ নকৰিব।
otp-email-subject = আপোনাৰ CoWIN অ’টিপি
dose-reminder-sms = CoWIN: { $date } তাৰিখৰ পৰা { $name }-ৰ ডোজ { $dose } ল’ব পাৰিব। শ্লট বুক কৰক: { $link }
dose-reminder-subject = { $name }-ৰ ডোজ { $dose } লোৱাৰ সময় হৈছে
dose-reminder-body =
    প্ৰিয় { $name },
    বৰ্তমান বলবৎ থকা টীকাকৰণৰ নিয়ম অনুসৰি, { $date } তাৰিখৰ পৰা ডোজ { $dose } ল’ব পাৰিব।
    এই লিংকত শ্লট বুক কৰক (একাউণ্টৰ ম’বাইল নম্বৰেৰে ছাইন ইন কৰক): { $link }
error-invalid-passport = এইটো পাছপ’ৰ্ট নম্বৰ নহয়: পাছপ’ৰ্টৰ ফটো থকা পৃষ্ঠাত ছপা হৈ থকা নম্বৰটো লিখক (৫ৰ পৰা ৯টা আখৰ আৰু অংক)।
