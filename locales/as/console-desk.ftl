# অসমীয়া (Assamese) — console-desk.ftl: the admin console's vaccinator desk (today's list, verification, walk-ins, doses, offline queue)

console-nav-desk = টীকাদাতাৰ ডেস্ক
console-nav-desk-queue = এই ডিভাইচত থকা ডোজ
console-desk-title = টীকাদাতাৰ ডেস্ক

## Connection and queue
console-desk-online = অনলাইন
console-desk-offline = অফলাইন
console-desk-offline-explain = আপুনি নথিভুক্ত কৰা ডোজবোৰ এই ডিভাইচতে ৰখা হয় আৰু নেটৱৰ্ক ঘূৰি অহাৰ লগে লগে পঠিওৱা হয়।
console-desk-pending-count = { $count ->
    [0] পঠিয়াবলৈ কোনো ডোজ অপেক্ষাত নাই
    [one] পঠিয়াবলৈ ১টা ডোজ অপেক্ষাত আছে
   *[other] পঠিয়াবলৈ { $count }টা ডোজ অপেক্ষাত আছে
}
console-desk-queue-open = ডোজবোৰ চাওক
console-desk-sync-now = এতিয়াই পঠিয়াওক
console-desk-sync-title = পঠিওৱা ডোজ
console-desk-sync-result = নথিভুক্ত: { $recorded }। আগতেই নথিভুক্ত: { $duplicate }। প্ৰত্যাখ্যাত: { $refused }।
console-desk-sync-unreachable = চাৰ্ভাৰৰ সৈতে সংযোগ কৰিব পৰা নগ’ল; ডোজবোৰ এই ডিভাইচতে থাকিব আৰু পিছত পঠিওৱা হ’ব।
console-desk-sync-still-pending = { $count ->
    [one] { $count }টা ডোজ এতিয়াও অপেক্ষাত আছে।
   *[other] { $count }টা ডোজ এতিয়াও অপেক্ষাত আছে।
}
console-desk-sync-other-staff = এই ডোজবোৰ এই ডিভাইচত আন এজন কৰ্মচাৰীয়ে নথিভুক্ত কৰিছিল: তেওঁ ইয়াত পুনৰ ছাইন ইন কৰিলে এইবোৰ পঠিওৱা হ’ব।
console-desk-sync-nothing = পঠিয়াবলৈ একো অপেক্ষাত নাছিল।
console-desk-storage-failed-title = এই ব্ৰাউজাৰে ডেস্কৰ কাম সংৰক্ষণ কৰিব নোৱাৰে
console-desk-storage-failed-text = নেটৱৰ্ক বিচ্ছিন্ন হ’লে ডোজ ৰাখিবলৈ ডেস্কক ব্ৰাউজাৰৰ ষ্ট’ৰেজ (IndexedDB) লাগে। প্ৰাইভেট ব্ৰাউজিঙৰ পৰা ওলাই আহক, বা আন এটা ব্ৰাউজাৰ ব্যৱহাৰ কৰক।
console-desk-no-facility-title = কোনো কেন্দ্ৰ নাই
console-desk-no-facility-text = আপোনাক কোনো সক্ৰিয় কেন্দ্ৰত নিযুক্ত কৰা হোৱা নাই। আপোনাক এটা কেন্দ্ৰত যোগ কৰিবলৈ আপোনাৰ জিলা প্ৰশাসকক কওক।

## Today's list
console-desk-facility-label = কেন্দ্ৰ
console-desk-facility-at = কেন্দ্ৰ: { $facility }
console-desk-verify-document = পৰিচয়পত্ৰৰ দ্বাৰা বিচাৰক
console-desk-walk-in = এপইণ্টমেণ্ট নোহোৱাকৈ অহা ব্যক্তিৰ পঞ্জীয়ন
console-desk-appointments-title = { $date } তাৰিখৰ এপইণ্টমেণ্ট
console-desk-appointments-saved = { $time } বজাত সংৰক্ষিত তালিকা: নেটৱৰ্ক বন্ধ, সেয়েহে ই পুৰণি হ’ব পাৰে।
console-desk-appointments-search = নাম বা প্ৰসংগ আইডিৰ দ্বাৰা বিচাৰক
console-desk-appointments-none = আজিৰ বাবে ইয়াত কোনো এপইণ্টমেণ্ট বুক কৰা হোৱা নাই।
console-desk-appointments-no-match = আজিৰ তালিকাত এই সন্ধানৰ সৈতে মিলা কোনো ব্যক্তি নাই।
console-desk-appointment-open = { $name }-ক সত্যাপন কৰক, শ্লট { $slot }
console-desk-appointment-line = জন্ম { $year } · { $slot }
console-desk-appointment-dose = { $vaccine }-ৰ ডোজ { $dose }
console-desk-appointment-missing = এই এপইণ্টমেণ্টটো এই কেন্দ্ৰৰ আজিৰ তালিকাত নাই।
console-desk-back-to-list = আজিৰ তালিকালৈ উভতি যাওক

## Verification
console-desk-verify-title = এপইণ্টমেণ্ট সত্যাপন কৰক
console-desk-code-label = সুৰক্ষা ক’ড
console-desk-code-hint = তেওঁলোকৰ এপইণ্টমেণ্ট শ্লিপত ছপা হৈ থকা ৪টা অংক।
console-desk-code-invalid = সুৰক্ষা ক’ডৰ ৪টা অংক লিখক।
console-desk-code-submit = সত্যাপন কৰক
console-desk-code-offline-title = নেটৱৰ্ক নাই: ক’ড পৰীক্ষা কৰিব নোৱাৰি
console-desk-code-offline-text = তেওঁলোকৰ এপইণ্টমেণ্ট শ্লিপ আৰু পৰিচয়পত্ৰ নিজে পৰীক্ষা কৰক। ডোজ পঠিওৱাৰ সময়ত চাৰ্ভাৰে ইয়াক পৰীক্ষা কৰে।
console-desk-code-offline-confirm = মই তেওঁলোকৰ নথিপত্ৰ পৰীক্ষা কৰিছোঁ
console-desk-checked-by-eye = নেটৱৰ্ক নোহোৱাকৈ আপুনি পৰীক্ষা কৰিছে: ডোজ পঠিওৱাৰ সময়ত চাৰ্ভাৰে ইয়াক পৰীক্ষা কৰে।
console-desk-document-title = পৰিচয়পত্ৰৰ দ্বাৰা বিচাৰক
console-desk-document-type = পৰিচয়পত্ৰ
console-desk-document-number = পৰিচয়পত্ৰৰ নম্বৰ
console-desk-document-number-missing = পৰিচয়পত্ৰৰ নম্বৰ লিখক।
console-desk-document-submit = বিচাৰক
console-desk-document-not-found = পোৱা নগ’ল
console-desk-document-offline-title = নেটৱৰ্ক নাই
console-desk-document-offline-text = পৰিচয়পত্ৰৰ দ্বাৰা কোনো ব্যক্তিক কেৱল অনলাইন থকা অৱস্থাতহে বিচাৰিব পাৰি। তেওঁলোকৰ পঞ্জীয়ন এতিয়াও হোৱা নাই যদি, এপইণ্টমেণ্ট নোহোৱাকৈ অহা ব্যক্তি হিচাপে পঞ্জীয়ন কৰক: পঞ্জীয়নটো তেওঁলোকৰ ডোজৰ সৈতে নেটৱৰ্কৰ অপেক্ষাত থাকে।

## The person
console-desk-person-born = জন্মৰ বছৰ { $year }
console-desk-person-reference = প্ৰসংগ আইডি { $reference }
console-desk-person-not-registered = নেটৱৰ্ক ঘূৰি আহিলে পঞ্জীয়ন কৰা হ’ব
console-desk-person-no-doses = এতিয়ালৈকে কোনো ডোজ লোৱা নাই
console-desk-person-doses = এতিয়ালৈকে লোৱা ডোজ
console-desk-person-dose-line = ডোজ { $dose }: { $vaccine }, { $date }

## Walk-ins
console-desk-walk-in-title = এপইণ্টমেণ্ট নোহোৱাকৈ অহা ব্যক্তিৰ পঞ্জীয়ন
console-desk-walk-in-name = সম্পূৰ্ণ নাম (পৰিচয়পত্ৰত থকাৰ দৰে)
console-desk-walk-in-name-missing = তেওঁলোকৰ নাম লিখক।
console-desk-walk-in-birth-year = জন্মৰ বছৰ
console-desk-walk-in-birth-year-invalid = জন্মৰ বছৰ লিখক, যেনে 1980।
console-desk-walk-in-gender = লিংগ
console-desk-walk-in-mobile = ম’বাইল নম্বৰ
console-desk-walk-in-mobile-hint = তেওঁলোকৰ একাউণ্ট এই নম্বৰৰ; নতুন হ’লে একাউণ্ট সৃষ্টি কৰা হ’ব।
console-desk-walk-in-mobile-invalid = এটা ম’বাইল নম্বৰ লিখক।
console-desk-walk-in-submit = পঞ্জীয়ন কৰি আগবাঢ়ক
console-desk-walk-in-refused = পঞ্জীয়ন কৰা নহ’ল
console-desk-walk-in-registered = পঞ্জীয়ন কৰা হ’ল।
console-desk-walk-in-found = ইতিমধ্যে পঞ্জীয়ন কৰা আছে: তেওঁলোকৰ পৰিচয়পত্ৰৰ দ্বাৰা পোৱা গ’ল।
console-desk-walk-in-offline = নেটৱৰ্ক নাই: নেটৱৰ্ক ঘূৰি আহিলে, তেওঁলোকৰ ডোজ পঠিওৱাৰ ঠিক আগতে, তেওঁলোকৰ পঞ্জীয়ন কৰা হ’ব।

## Recording a dose
console-desk-record-form = ডোজ নথিভুক্ত কৰক
console-desk-record-vaccine = টীকা
console-desk-record-dose = ডোজ
console-desk-record-dose-option = ডোজ { $dose }
console-desk-record-batch = বেচ নম্বৰ
console-desk-record-batch-hint = এই কেন্দ্ৰত আজিৰ বাবে মনত ৰখা হয়।
console-desk-record-batch-missing = ভায়েলৰ বেচ নম্বৰ লিখক।
console-desk-record-no-vaccine = আজি এই কেন্দ্ৰৰ কোনো ছেচনত টীকা দিয়া হোৱা নাই। আজিৰ ছেচন প্ৰকাশ কৰিবলৈ আপোনাৰ কেন্দ্ৰ পৰিচালকক কওক।
console-desk-record-submit = { $vaccine }-ৰ ডোজ { $dose } নথিভুক্ত কৰক
console-desk-outcome-recorded = { $name }-ৰ বাবে { $vaccine }-ৰ ডোজ { $dose } নথিভুক্ত কৰা হ’ল।
console-desk-outcome-queued = { $name }-ৰ বাবে { $vaccine }-ৰ ডোজ { $dose } এই ডিভাইচত সংৰক্ষণ কৰা হ’ল।
console-desk-outcome-queued-text = নেটৱৰ্ক ঘূৰি অহাৰ লগে লগে ইয়াক পঠিওৱা হ’ব।
console-desk-outcome-duplicate = { $name }-ৰ বাবে { $vaccine }-ৰ ডোজ { $dose } আগতেই নথিভুক্ত কৰা হৈছিল: ইয়াক এবাৰহে গণনা কৰা হয়।
console-desk-outcome-refused = { $name }-ৰ বাবে { $vaccine }-ৰ ডোজ { $dose } নথিভুক্ত কৰা নহ’ল।
console-desk-outcome-already-queued = { $name }-ৰ বাবে { $vaccine }-ৰ ডোজ { $dose } ইতিমধ্যে এই ডিভাইচত আছে: ইয়াক এবাৰহে গণনা কৰা হয়।
console-desk-outcome-change = সলনি কৰি পুনৰ নথিভুক্ত কৰক
console-desk-outcome-next = পৰৱৰ্তী ব্যক্তি

## Doses on this device
console-desk-queue-title = এই ডিভাইচত থকা ডোজ
console-desk-queue-last-sync = শেষবাৰ { $time } বজাত পঠিওৱা হৈছিল।
console-desk-queue-pending-title = { $count ->
    [one] পঠিয়াবলৈ অপেক্ষাত ({ $count })
   *[other] পঠিয়াবলৈ অপেক্ষাত ({ $count })
}
console-desk-queue-pending-none = একো অপেক্ষাত নাই: ইয়াত নথিভুক্ত কৰা প্ৰতিটো ডোজ চাৰ্ভাৰত পৌঁছিছে।
console-desk-queue-settled-title = আজি পঠিওৱা হৈছে
console-desk-queue-settled-none = আজি এই ডিভাইচৰ পৰা এতিয়ালৈকে কোনো ডোজ পঠিওৱা হোৱা নাই।
console-desk-queue-entry-dose = { $vaccine }-ৰ ডোজ { $dose }, বেচ { $batch }, সময় { $time }
console-desk-queue-entry-walk-in = এপইণ্টমেণ্ট নোহোৱাকৈ অহা ব্যক্তি: ডোজ পঠিওৱাৰ ঠিক আগতে পঞ্জীয়ন কৰা হ’ব।
console-desk-queue-entry-attempts = { $count ->
    [one] চাৰ্ভাৰত উপনীত নোহোৱাকৈ { $count } বাৰ চেষ্টা কৰা হৈছে।
   *[other] চাৰ্ভাৰত উপনীত নোহোৱাকৈ { $count } বাৰ চেষ্টা কৰা হৈছে।
}
console-desk-queue-dismiss = তালিকাৰ পৰা আঁতৰাওক
console-desk-queue-dismiss-label = { $name }-ক তালিকাৰ পৰা আঁতৰাওক
console-desk-status-pending = অপেক্ষাত
console-desk-status-recorded = নথিভুক্ত
console-desk-status-duplicate = আগতেই নথিভুক্ত
console-desk-status-refused = প্ৰত্যাখ্যাত
