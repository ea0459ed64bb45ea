# Bengali — errors.ftl
error-tenant-not-found = এই ঠিকানায় কোনো দেশের টিকাদান পরিষেবা প্রদান করা হয় না।
error-tenant-suspended = এই দেশের টিকাদান পরিষেবা স্থগিত রয়েছে। অনুগ্রহ করে স্বাস্থ্য মন্ত্রণালয়ের সঙ্গে যোগাযোগ করুন।
error-not-found = অনুরোধ করা রিসোর্সটির অস্তিত্ব নেই।
error-method-not-allowed = এই রিসোর্সে এই পদ্ধতি অনুমোদিত নয়।
error-invalid-parameter = “{ $name }” প্যারামিটারটি অনুপস্থিত বা বৈধ নয়।
error-invalid-body = অনুরোধের মূল অংশটি বৈধ নয়।
error-payload-too-large = অনুরোধটি অত্যধিক বড়।
error-unsupported-media-type = অনুরোধটি অবশ্যই JSON হিসেবে পাঠাতে হবে।
error-internal = আমাদের দিক থেকে একটি সমস্যা হয়েছে। অনুগ্রহ করে পরে আবার চেষ্টা করুন।
error-unavailable = পরিষেবাটি সাময়িকভাবে অনুপলব্ধ। অনুগ্রহ করে কিছুক্ষণ পরে আবার চেষ্টা করুন।
error-rate-limited = অত্যধিক সংখ্যক অনুরোধ। অনুগ্রহ করে { $seconds } সেকেন্ড পরে আবার চেষ্টা করুন।
error-tenant-config-invalid = টেন্যান্ট কনফিগারেশন বৈধ নয়: { $reason }
error-confirmation-mismatch = নিশ্চিত করতে দেশের কোড { $code } “confirm” হিসেবে পাঠান।
error-configuration-changed = আপনি খোলার পর অন্য কেউ কনফিগারেশন বদলেছেন (এখন সংস্করণ { $version })। আবার লোড করে আপনার পরিবর্তনটি আবার করুন।
error-tenant-on-other-cluster = এই দেশের ডেটা { $cluster } ডেটাবেস ক্লাস্টারে রয়েছে। রপ্তানি বা অপসারণ করার আগে এটি “main” ক্লাস্টারে সরান।
