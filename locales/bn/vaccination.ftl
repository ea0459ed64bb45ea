# Bengali — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = নিরাপত্তা কোড বা পরিচয় নথিটি এই কেন্দ্রে বুক করা কোনো সুবিধাভোগীর সঙ্গে মেলে না।
error-dose-already-recorded = এই সুবিধাভোগীর জন্য এই ডোজটি ইতিমধ্যে নথিভুক্ত করা হয়েছে।
error-idempotency-key-reused = এই অনুরোধ কী-টি ইতিমধ্যে অন্য একটি ডোজের রেকর্ডের জন্য ব্যবহার করা হয়েছে।
error-facility-not-found = এমন কোনো কেন্দ্রের অস্তিত্ব নেই।
error-facility-managed-by-config = এই কেন্দ্রটি দেশের কনফিগারেশনে নির্ধারিত রয়েছে; অনুগ্রহ করে সেখানেই এটি পরিবর্তন করুন।
error-session-exists = এই কেন্দ্রে ওই দিনে এই টিকার একটি সেশন ইতিমধ্যে রয়েছে।
error-capacity-below-booked = ধারণক্ষমতা ইতিমধ্যে বুক করা স্থানের সংখ্যার চেয়ে কম হতে পারে না।
error-session-has-bookings = এই সেশনে মানুষ বুক করেছেন: এর দিন, বয়স এবং বুক করা স্লট বদলানো যাবে না। স্লট যোগ করুন, বা অন্য সেশন প্রকাশ করুন।
error-request-decided = এই অনুরোধের সিদ্ধান্ত আগেই নেওয়া হয়েছে।
