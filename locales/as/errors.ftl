# অসমীয়া (Assamese) — errors.ftl
error-tenant-not-found = এই ঠিকনাত কোনো দেশৰ টীকাকৰণ সেৱা উপলব্ধ নহয়।
error-tenant-suspended = এই দেশৰ টীকাকৰণ সেৱা স্থগিত ৰখা হৈছে। অনুগ্ৰহ কৰি স্বাস্থ্য মন্ত্ৰালয়ৰ সৈতে যোগাযোগ কৰক।
error-not-found = অনুৰোধ কৰা সম্পদটোৰ অস্তিত্ব নাই।
error-method-not-allowed = এই সম্পদত এই পদ্ধতি অনুমোদিত নহয়।
error-invalid-parameter = “{ $name }” পেৰামিটাৰটো নাই বা বৈধ নহয়।
error-invalid-body = অনুৰোধৰ মূল অংশটো বৈধ নহয়।
error-payload-too-large = অনুৰোধটো অতি ডাঙৰ।
error-unsupported-media-type = অনুৰোধটো JSON হিচাপে পঠিয়াব লাগিব।
error-internal = আমাৰ ফালে কিবা সমস্যা হ’ল। অনুগ্ৰহ কৰি পিছত পুনৰ চেষ্টা কৰক।
error-unavailable = সেৱাটো সাময়িকভাৱে উপলব্ধ নহয়। অনুগ্ৰহ কৰি অলপ পিছত পুনৰ চেষ্টা কৰক।
error-rate-limited = বহুত বেছি অনুৰোধ। অনুগ্ৰহ কৰি { $seconds } ছেকেণ্ডৰ পিছত পুনৰ চেষ্টা কৰক।
error-tenant-config-invalid = টেনাণ্ট কনফিগাৰেচন বৈধ নহয়: { $reason }
error-confirmation-mismatch = নিশ্চিত কৰিবলৈ দেশৰ ক’ড { $code } “confirm” হিচাপে পঠিয়াওক।
error-configuration-changed = আপুনি খোলাৰ পিছত আন কোনোবাই কনফিগাৰেচন সলনি কৰিছে (এতিয়া সংস্কৰণ { $version })। ইয়াক পুনৰ ল’ড কৰি আপোনাৰ সলনিটো আকৌ কৰক।
error-tenant-on-other-cluster = এই দেশৰ ডেটা { $cluster } ডেটাবেছ ক্লাষ্টাৰত আছে। ৰপ্তানি কৰাৰ বা আঁতৰোৱাৰ আগতে ইয়াক “main” ক্লাষ্টাৰলৈ স্থানান্তৰ কৰক।
