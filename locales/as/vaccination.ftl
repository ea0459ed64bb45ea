# অসমীয়া (Assamese) — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = সুৰক্ষা ক’ড বা পৰিচয়পত্ৰখন এই কেন্দ্ৰত বুক কৰা কোনো হিতাধিকাৰীৰ সৈতে নিমিলে।
error-dose-already-recorded = এই হিতাধিকাৰীৰ বাবে এই ডোজটো ইতিমধ্যে নথিভুক্ত কৰা হৈছে।
error-idempotency-key-reused = এই অনুৰোধ-চাবিটো ইতিমধ্যে আন এটা ডোজৰ ৰেকৰ্ডৰ বাবে ব্যৱহাৰ কৰা হৈছে।
error-facility-not-found = এনে কোনো কেন্দ্ৰৰ অস্তিত্ব নাই।
error-facility-managed-by-config = এই কেন্দ্ৰটো দেশৰ কনফিগাৰেচনত নিৰ্ধাৰণ কৰা আছে; তাতেই ইয়াক সলনি কৰক।
error-session-exists = এই কেন্দ্ৰত সেইদিনা এই টীকাৰ এটা ছেচন ইতিমধ্যে আছে।
error-capacity-below-booked = ধাৰণক্ষমতা ইতিমধ্যে বুক কৰা আসনৰ সংখ্যাতকৈ কম হ’ব নোৱাৰে।
error-session-has-bookings = এই ছেচনত লোকে বুক কৰিছে: ইয়াৰ দিন, বয়স আৰু বুক কৰা শ্লট সলনি কৰিব নোৱাৰি। শ্লট যোগ কৰক, বা আন এটা ছেচন প্ৰকাশ কৰক।
error-request-decided = এই অনুৰোধৰ বিষয়ে ইতিমধ্যে সিদ্ধান্ত লোৱা হৈছে।
