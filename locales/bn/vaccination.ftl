# Bengali — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = নিরাপত্তা কোড বা পরিচয় নথিটি এই কেন্দ্রে বুক করা কোনো সুবিধাভোগীর সঙ্গে মেলে না।
error-dose-already-recorded = এই সুবিধাভোগীর জন্য এই ডোজটি ইতিমধ্যে নথিভুক্ত করা হয়েছে।
error-idempotency-key-reused = এই অনুরোধ কী-টি ইতিমধ্যে অন্য একটি ডোজের রেকর্ডের জন্য ব্যবহার করা হয়েছে।
