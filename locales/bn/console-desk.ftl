# Bengali — console-desk.ftl: the admin console's vaccinator desk (today's list, verification, walk-ins, doses, offline queue)

console-nav-desk = টিকাদাতার ডেস্ক
console-nav-desk-queue = এই ডিভাইসে থাকা ডোজ
console-desk-title = টিকাদাতার ডেস্ক

## Connection and queue
console-desk-online = অনলাইন
console-desk-offline = অফলাইন
console-desk-offline-explain = আপনি যে ডোজগুলি নথিভুক্ত করেন সেগুলি এই ডিভাইসেই রাখা হয় এবং নেটওয়ার্ক ফিরলেই পাঠানো হয়।
console-desk-pending-count = { $count ->
    [0] পাঠানোর জন্য কোনো ডোজ অপেক্ষায় নেই
   *[other] { $count }টি ডোজ পাঠানোর অপেক্ষায়
}
console-desk-queue-open = ডোজগুলি দেখুন
console-desk-sync-now = এখনই পাঠান
console-desk-sync-title = ডোজ পাঠানো হয়েছে
console-desk-sync-result = নথিভুক্ত: { $recorded }। আগেই নথিভুক্ত: { $duplicate }। প্রত্যাখ্যাত: { $refused }।
console-desk-sync-unreachable = সার্ভারের সঙ্গে যোগাযোগ করা যায়নি; ডোজগুলি এই ডিভাইসেই থাকবে এবং পরে পাঠানো হবে।
console-desk-sync-still-pending = { $count }টি ডোজ এখনও অপেক্ষায় রয়েছে।
console-desk-sync-other-staff = এই ডোজগুলি এই ডিভাইসে অন্য একজন কর্মী নথিভুক্ত করেছিলেন: তিনি এখানে আবার সাইন ইন করলে এগুলি পাঠানো হবে।
console-desk-sync-nothing = পাঠানোর মতো কিছুই অপেক্ষায় ছিল না।
console-desk-storage-failed-title = এই ব্রাউজার ডেস্কের কাজ সংরক্ষণ করতে পারে না
console-desk-storage-failed-text = নেটওয়ার্ক চলে গেলে ডোজ রাখার জন্য ডেস্কের ব্রাউজারের সঞ্চয়স্থান (IndexedDB) দরকার। প্রাইভেট ব্রাউজিং থেকে বেরিয়ে আসুন বা অন্য ব্রাউজার ব্যবহার করুন।
console-desk-no-facility-title = কোনো কেন্দ্র নেই
console-desk-no-facility-text = আপনাকে কোনো সক্রিয় কেন্দ্রে যুক্ত করা হয়নি। আপনার জেলা প্রশাসককে একটি কেন্দ্রে যুক্ত করতে বলুন।

## Today's list
console-desk-facility-label = কেন্দ্র
console-desk-facility-at = কেন্দ্র: { $facility }
console-desk-verify-document = পরিচয়পত্র দিয়ে খুঁজুন
console-desk-walk-in = অ্যাপয়েন্টমেন্ট ছাড়া আসা ব্যক্তির নিবন্ধন
console-desk-appointments-title = { $date }-এর অ্যাপয়েন্টমেন্ট
console-desk-appointments-saved = { $time }-এ সংরক্ষিত তালিকা: নেটওয়ার্ক বন্ধ, তাই এটি পুরোনো হতে পারে।
console-desk-appointments-search = নাম বা রেফারেন্স নম্বর দিয়ে খুঁজুন
console-desk-appointments-none = আজ এই কেন্দ্রে কোনো অ্যাপয়েন্টমেন্ট বুক করা নেই।
console-desk-appointments-no-match = আজকের তালিকায় এই অনুসন্ধানের সঙ্গে কেউ মেলে না।
console-desk-appointment-open = { $name }-কে যাচাই করুন, স্লট { $slot }
console-desk-appointment-line = জন্ম { $year } · { $slot }
console-desk-appointment-dose = { $vaccine }-এর ডোজ { $dose }
console-desk-appointment-missing = এই অ্যাপয়েন্টমেন্টটি এই কেন্দ্রের আজকের তালিকায় নেই।
console-desk-back-to-list = আজকের তালিকায় ফিরুন

## Verification
console-desk-verify-title = অ্যাপয়েন্টমেন্ট যাচাই করুন
console-desk-code-label = নিরাপত্তা কোড
console-desk-code-hint = তাঁদের অ্যাপয়েন্টমেন্ট স্লিপে ছাপা ৪টি অঙ্ক।
console-desk-code-invalid = নিরাপত্তা কোডের ৪টি অঙ্ক লিখুন।
console-desk-code-submit = যাচাই করুন
console-desk-code-offline-title = নেটওয়ার্ক নেই: কোড যাচাই করা যাবে না
console-desk-code-offline-text = তাঁদের অ্যাপয়েন্টমেন্ট স্লিপ ও পরিচয়পত্র নিজে যাচাই করুন। ডোজ পাঠানোর সময় সার্ভার সেটি যাচাই করে।
console-desk-code-offline-confirm = আমি তাঁদের কাগজপত্র যাচাই করেছি
console-desk-checked-by-eye = নেটওয়ার্ক ছাড়া আপনি যাচাই করেছেন: ডোজ পাঠানোর সময় সার্ভার সেটি যাচাই করে।
console-desk-document-title = পরিচয়পত্র দিয়ে খুঁজুন
console-desk-document-type = পরিচয়পত্র
console-desk-document-number = পরিচয়পত্রের নম্বর
console-desk-document-number-missing = পরিচয়পত্রের নম্বর লিখুন।
console-desk-document-submit = খুঁজুন
console-desk-document-not-found = পাওয়া যায়নি
console-desk-document-offline-title = নেটওয়ার্ক নেই
console-desk-document-offline-text = পরিচয়পত্র দিয়ে কাউকে কেবল অনলাইনে থাকাকালীন খোঁজা যায়। তাঁরা এখনও নিবন্ধিত না হলে অ্যাপয়েন্টমেন্ট ছাড়া আসা ব্যক্তি হিসেবে নিবন্ধন করুন: নিবন্ধনটি তাঁদের ডোজের সঙ্গে নেটওয়ার্কের অপেক্ষায় থাকে।

## The person
console-desk-person-born = জন্মসাল { $year }
console-desk-person-reference = রেফারেন্স { $reference }
console-desk-person-not-registered = নেটওয়ার্ক ফিরলে নিবন্ধিত হবেন
console-desk-person-no-doses = এখনও কোনো ডোজ নেই
console-desk-person-doses = এ পর্যন্ত নেওয়া ডোজ
console-desk-person-dose-line = ডোজ { $dose }: { $vaccine }, { $date }

## Walk-ins
console-desk-walk-in-title = অ্যাপয়েন্টমেন্ট ছাড়া আসা ব্যক্তির নিবন্ধন
console-desk-walk-in-name = পুরো নাম (পরিচয়পত্র অনুযায়ী)
console-desk-walk-in-name-missing = তাঁদের নাম লিখুন।
console-desk-walk-in-birth-year = জন্মসাল
console-desk-walk-in-birth-year-invalid = জন্মসাল লিখুন, যেমন 1980।
console-desk-walk-in-gender = লিঙ্গ
console-desk-walk-in-mobile = মোবাইল নম্বর
console-desk-walk-in-mobile-hint = তাঁদের অ্যাকাউন্ট এই নম্বরের; নতুন হলে তৈরি করা হবে।
console-desk-walk-in-mobile-invalid = একটি মোবাইল নম্বর লিখুন।
console-desk-walk-in-submit = নিবন্ধন করে এগিয়ে যান
console-desk-walk-in-refused = নিবন্ধন হয়নি
console-desk-walk-in-registered = নিবন্ধন হয়েছে।
console-desk-walk-in-found = আগেই নিবন্ধিত: তাঁদের পরিচয়পত্র দিয়ে পাওয়া গেছে।
console-desk-walk-in-offline = নেটওয়ার্ক নেই: নেটওয়ার্ক ফিরলে, তাঁদের ডোজ পাঠানোর ঠিক আগে, তাঁদের নিবন্ধন করা হবে।

## Recording a dose
console-desk-record-form = ডোজ নথিভুক্ত করুন
console-desk-record-vaccine = টিকা
console-desk-record-dose = ডোজ
console-desk-record-dose-option = ডোজ { $dose }
console-desk-record-batch = ব্যাচ নম্বর
console-desk-record-batch-hint = এই কেন্দ্রে আজকের জন্য মনে রাখা হয়।
console-desk-record-batch-missing = শিশির ব্যাচ নম্বর লিখুন।
console-desk-record-no-vaccine = আজ এই কেন্দ্রের কোনো সেশনে টিকা দেওয়া হচ্ছে না। আপনার কেন্দ্র ব্যবস্থাপককে আজকের সেশন প্রকাশ করতে বলুন।
console-desk-record-submit = { $vaccine }-এর ডোজ { $dose } নথিভুক্ত করুন
console-desk-outcome-recorded = { $name }-এর জন্য { $vaccine }-এর ডোজ { $dose } নথিভুক্ত হয়েছে।
console-desk-outcome-queued = { $name }-এর জন্য { $vaccine }-এর ডোজ { $dose } এই ডিভাইসে সংরক্ষিত হয়েছে।
console-desk-outcome-queued-text = নেটওয়ার্ক ফিরলেই এটি পাঠানো হবে।
console-desk-outcome-duplicate = { $name }-এর জন্য { $vaccine }-এর ডোজ { $dose } আগেই নথিভুক্ত ছিল: এটি একবারই গোনা হয়।
console-desk-outcome-refused = { $name }-এর জন্য { $vaccine }-এর ডোজ { $dose } নথিভুক্ত হয়নি।
console-desk-outcome-already-queued = { $name }-এর জন্য { $vaccine }-এর ডোজ { $dose } আগে থেকেই এই ডিভাইসে আছে: এটি একবারই গোনা হয়।
console-desk-outcome-change = বদলে আবার নথিভুক্ত করুন
console-desk-outcome-next = পরের ব্যক্তি

## Doses on this device
console-desk-queue-title = এই ডিভাইসে থাকা ডোজ
console-desk-queue-last-sync = শেষবার পাঠানো হয়েছে { $time }-এ।
console-desk-queue-pending-title = পাঠানোর অপেক্ষায় ({ $count })
console-desk-queue-pending-none = কিছুই অপেক্ষায় নেই: এখানে নথিভুক্ত প্রতিটি ডোজ সার্ভারে পৌঁছেছে।
console-desk-queue-settled-title = আজ পাঠানো হয়েছে
console-desk-queue-settled-none = আজ এই ডিভাইস থেকে এখনও কোনো ডোজ পাঠানো হয়নি।
console-desk-queue-entry-dose = { $vaccine }-এর ডোজ { $dose }, ব্যাচ { $batch }, সময় { $time }
console-desk-queue-entry-walk-in = অ্যাপয়েন্টমেন্ট ছাড়া আসা ব্যক্তি: ডোজ পাঠানোর ঠিক আগে নিবন্ধন করা হবে।
console-desk-queue-entry-attempts = সার্ভারে না পৌঁছে { $count } বার চেষ্টা করা হয়েছে।
console-desk-queue-dismiss = তালিকা থেকে সরান
console-desk-queue-dismiss-label = { $name }-কে তালিকা থেকে সরান
console-desk-status-pending = অপেক্ষায়
console-desk-status-recorded = নথিভুক্ত
console-desk-status-duplicate = আগেই নথিভুক্ত
console-desk-status-refused = প্রত্যাখ্যাত
