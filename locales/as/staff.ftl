# অসমীয়া (Assamese) — staff.ftl: messages of staff accounts and access control
error-staff-login-failed = ই-মেইল ঠিকনা বা পাছৱৰ্ড শুদ্ধ নহয়, অথবা একাউণ্টটো নিষ্ক্ৰিয় কৰা হৈছে।
error-forbidden = আপোনাৰ ভূমিকাই ইয়াত এই কামটো কৰাৰ অনুমতি নিদিয়ে।
error-csrf-rejected = এই অনুৰোধটো এই ছাইটৰ নিজৰ পৃষ্ঠাৰ পৰা অহা নাই। পৃষ্ঠাটো পুনৰ ল’ড কৰি আকৌ চেষ্টা কৰক।
error-invitation-invalid = এই আমন্ত্ৰণটো বৈধ নহয়: ইয়াক আগতেই ব্যৱহাৰ কৰা হৈছে অথবা ইয়াৰ ম্যাদ উকলি গৈছে।
error-weak-password = অন্ততঃ { $length }টা আখৰৰ এটা পাছৱৰ্ড বাছনি কৰক।
error-staff-not-found = এই দেশৰ সেৱাত এনে কোনো কৰ্মচাৰী নাই।
error-mail-delivery-failed = আমি এই মুহূৰ্তত ই-মেইলটো পঠিয়াব নোৱাৰিলোঁ। অনুগ্ৰহ কৰি কেইমিনিটমানৰ পিছত পুনৰ চেষ্টা কৰক।
error-staff-email-registered = এই ই-মেইল ঠিকনাৰে ইতিমধ্যে এজন কৰ্মচাৰী আছে।
staff-invitation-subject = { $country }ৰ CoWIN টীকাকৰণ সেৱালৈ আপোনাৰ আমন্ত্ৰণ
staff-invitation-body = { $name }, আপোনাক { $country }ৰ CoWIN টীকাকৰণ সেৱালৈ “{ $role }” ভূমিকাত আমন্ত্ৰণ জনোৱা হৈছে। আপোনাৰ পাছৱৰ্ড ছেট কৰিবলৈ { $days } দিনৰ ভিতৰত এই ক’ডটো ব্যৱহাৰ কৰক: { $token }
