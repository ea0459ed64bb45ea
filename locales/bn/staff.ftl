# Bengali — staff.ftl: messages of staff accounts and access control
error-staff-login-failed = ই-মেইল ঠিকানা বা পাসওয়ার্ড সঠিক নয়, অথবা অ্যাকাউন্টটি নিষ্ক্রিয় করা হয়েছে।
error-forbidden = আপনার ভূমিকা এখানে এই কাজটি করার অনুমতি দেয় না।
error-csrf-rejected = এই অনুরোধটি এই সাইটের নিজস্ব পৃষ্ঠা থেকে আসেনি। পৃষ্ঠাটি আবার লোড করে আবার চেষ্টা করুন।
error-invitation-invalid = এই আমন্ত্রণটি বৈধ নয়: এটি আগেই ব্যবহার করা হয়েছে অথবা এর মেয়াদ শেষ হয়ে গেছে।
error-weak-password = কমপক্ষে { $length } অক্ষরের একটি পাসওয়ার্ড বেছে নিন।
error-staff-not-found = এই দেশের পরিষেবায় এমন কোনো কর্মী নেই।
error-mail-delivery-failed = এই মুহূর্তে আমরা ই-মেইল পাঠাতে পারিনি। অনুগ্রহ করে কয়েক মিনিট পরে আবার চেষ্টা করুন।
error-staff-email-registered = এই ই-মেইল ঠিকানায় ইতিমধ্যে একজন কর্মী নিবন্ধিত রয়েছেন।
staff-invitation-subject = { $country }-এর CoWIN টিকাদান পরিষেবায় আপনার আমন্ত্রণ
staff-invitation-body = { $name }, আপনাকে { $country }-এর CoWIN টিকাদান পরিষেবায় “{ $role }” ভূমিকায় আমন্ত্রণ জানানো হয়েছে। আপনার পাসওয়ার্ড সেট করতে { $days } দিনের মধ্যে এই কোডটি ব্যবহার করুন: { $token }
