# Punjabi (ਪੰਜਾਬੀ) — console-desk.ftl: ਪ੍ਰਬੰਧਕੀ ਕੰਸੋਲ ਦਾ ਟੀਕਾਕਾਰ ਡੈਸਕ (ਅੱਜ ਦੀ ਸੂਚੀ, ਤਸਦੀਕ, ਬਿਨਾਂ ਅਪਾਇੰਟਮੈਂਟ ਆਏ ਲੋਕ, ਖੁਰਾਕਾਂ, ਆਫ਼ਲਾਈਨ ਕਤਾਰ)

console-nav-desk = ਟੀਕਾਕਾਰ ਡੈਸਕ
console-nav-desk-queue = ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਖੁਰਾਕਾਂ
console-desk-title = ਟੀਕਾਕਾਰ ਡੈਸਕ

## ਕਨੈਕਸ਼ਨ ਅਤੇ ਕਤਾਰ
console-desk-online = ਔਨਲਾਈਨ
console-desk-offline = ਆਫ਼ਲਾਈਨ
console-desk-offline-explain = ਤੁਹਾਡੇ ਵੱਲੋਂ ਦਰਜ ਕੀਤੀਆਂ ਖੁਰਾਕਾਂ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਰੱਖੀਆਂ ਜਾਂਦੀਆਂ ਹਨ ਅਤੇ ਨੈੱਟਵਰਕ ਵਾਪਸ ਆਉਂਦੇ ਹੀ ਭੇਜ ਦਿੱਤੀਆਂ ਜਾਂਦੀਆਂ ਹਨ।
console-desk-pending-count = { $count ->
    [0] ਭੇਜਣ ਲਈ ਕੋਈ ਖੁਰਾਕ ਉਡੀਕ ਵਿੱਚ ਨਹੀਂ
    [one] { $count } ਖੁਰਾਕ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ
   *[other] { $count } ਖੁਰਾਕਾਂ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ
}
console-desk-queue-open = ਖੁਰਾਕਾਂ ਦੇਖੋ
console-desk-sync-now = ਹੁਣੇ ਭੇਜੋ
console-desk-sync-title = ਭੇਜੀਆਂ ਗਈਆਂ ਖੁਰਾਕਾਂ
console-desk-sync-result = ਦਰਜ: { $recorded }। ਪਹਿਲਾਂ ਤੋਂ ਦਰਜ: { $duplicate }। ਨਾਮਨਜ਼ੂਰ: { $refused }।
console-desk-sync-unreachable = ਸਰਵਰ ਤੱਕ ਪਹੁੰਚ ਨਹੀਂ ਹੋ ਸਕੀ; ਖੁਰਾਕਾਂ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਹੀ ਰਹਿੰਦੀਆਂ ਹਨ ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਭੇਜੀਆਂ ਜਾਂਦੀਆਂ ਹਨ।
console-desk-sync-still-pending = { $count ->
    [one] { $count } ਖੁਰਾਕ ਹਾਲੇ ਵੀ ਉਡੀਕ ਵਿੱਚ ਹੈ।
   *[other] { $count } ਖੁਰਾਕਾਂ ਹਾਲੇ ਵੀ ਉਡੀਕ ਵਿੱਚ ਹਨ।
}
console-desk-sync-other-staff = ਇਹ ਖੁਰਾਕਾਂ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਕਿਸੇ ਹੋਰ ਸਟਾਫ਼ ਮੈਂਬਰ ਨੇ ਦਰਜ ਕੀਤੀਆਂ ਸਨ: ਜਦੋਂ ਉਹ ਵਿਅਕਤੀ ਇੱਥੇ ਦੁਬਾਰਾ ਸਾਈਨ ਇਨ ਕਰੇਗਾ, ਉਦੋਂ ਇਹ ਭੇਜੀਆਂ ਜਾਣਗੀਆਂ।
console-desk-sync-nothing = ਭੇਜਣ ਲਈ ਕੁਝ ਵੀ ਉਡੀਕ ਵਿੱਚ ਨਹੀਂ ਸੀ।
console-desk-storage-failed-title = ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਡੈਸਕ ਦਾ ਕੰਮ ਸੰਭਾਲ ਨਹੀਂ ਸਕਦਾ
console-desk-storage-failed-text = ਨੈੱਟਵਰਕ ਬੰਦ ਹੋਣ ਉੱਤੇ ਖੁਰਾਕਾਂ ਸੰਭਾਲਣ ਲਈ ਡੈਸਕ ਨੂੰ ਬ੍ਰਾਊਜ਼ਰ ਦੀ ਸਟੋਰੇਜ (IndexedDB) ਦੀ ਲੋੜ ਹੈ। ਪ੍ਰਾਈਵੇਟ ਬ੍ਰਾਊਜ਼ਿੰਗ ਤੋਂ ਬਾਹਰ ਆਓ, ਜਾਂ ਕੋਈ ਹੋਰ ਬ੍ਰਾਊਜ਼ਰ ਵਰਤੋ।
console-desk-no-facility-title = ਕੋਈ ਕੇਂਦਰ ਨਹੀਂ
console-desk-no-facility-text = ਤੁਹਾਨੂੰ ਕਿਸੇ ਸਰਗਰਮ ਕੇਂਦਰ ਵਿੱਚ ਨਿਯੁਕਤ ਨਹੀਂ ਕੀਤਾ ਗਿਆ ਹੈ। ਆਪਣੇ ਜ਼ਿਲ੍ਹਾ ਪ੍ਰਸ਼ਾਸਕ ਨੂੰ ਤੁਹਾਨੂੰ ਕਿਸੇ ਕੇਂਦਰ ਵਿੱਚ ਜੋੜਨ ਲਈ ਕਹੋ।

## ਅੱਜ ਦੀ ਸੂਚੀ
console-desk-facility-label = ਕੇਂਦਰ
console-desk-facility-at = ਕੇਂਦਰ: { $facility }
console-desk-verify-document = ਪਛਾਣ ਦਸਤਾਵੇਜ਼ ਨਾਲ ਲੱਭੋ
console-desk-walk-in = ਬਿਨਾਂ ਅਪਾਇੰਟਮੈਂਟ ਆਏ ਵਿਅਕਤੀ ਨੂੰ ਰਜਿਸਟਰ ਕਰੋ
console-desk-appointments-title = { $date } ਦੀਆਂ ਅਪਾਇੰਟਮੈਂਟਾਂ
console-desk-appointments-saved = { $time } ਦੀ ਸੰਭਾਲੀ ਹੋਈ ਸੂਚੀ: ਨੈੱਟਵਰਕ ਬੰਦ ਹੈ, ਇਸ ਲਈ ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਪੁਰਾਣੀ ਹੋਵੇ।
console-desk-appointments-search = ਨਾਮ ਜਾਂ ਹਵਾਲਾ ਨੰਬਰ ਨਾਲ ਲੱਭੋ
console-desk-appointments-none = ਅੱਜ ਲਈ ਇੱਥੇ ਕੋਈ ਅਪਾਇੰਟਮੈਂਟ ਬੁੱਕ ਨਹੀਂ ਹੈ।
console-desk-appointments-no-match = ਅੱਜ ਦੀ ਸੂਚੀ ਵਿੱਚ ਕੋਈ ਵੀ ਇਸ ਖੋਜ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ।
console-desk-appointment-open = { $name } ਦੀ ਤਸਦੀਕ ਕਰੋ, ਸਲਾਟ { $slot }
console-desk-appointment-line = ਜਨਮ { $year } · { $slot }
console-desk-appointment-dose = { $vaccine } ਦੀ ਖੁਰਾਕ { $dose }
console-desk-appointment-missing = ਇਹ ਅਪਾਇੰਟਮੈਂਟ ਇਸ ਕੇਂਦਰ ਦੀ ਅੱਜ ਦੀ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਹੈ।
console-desk-back-to-list = ਅੱਜ ਦੀ ਸੂਚੀ ਉੱਤੇ ਵਾਪਸ ਜਾਓ

## ਤਸਦੀਕ
console-desk-verify-title = ਅਪਾਇੰਟਮੈਂਟ ਦੀ ਤਸਦੀਕ ਕਰੋ
console-desk-code-label = ਸੁਰੱਖਿਆ ਕੋਡ
console-desk-code-hint = ਉਨ੍ਹਾਂ ਦੀ ਅਪਾਇੰਟਮੈਂਟ ਪਰਚੀ ਉੱਤੇ ਛਪੇ 4 ਅੰਕ।
console-desk-code-invalid = ਸੁਰੱਖਿਆ ਕੋਡ ਦੇ 4 ਅੰਕ ਦਰਜ ਕਰੋ।
console-desk-code-submit = ਤਸਦੀਕ ਕਰੋ
console-desk-code-offline-title = ਨੈੱਟਵਰਕ ਨਹੀਂ: ਕੋਡ ਦੀ ਜਾਂਚ ਨਹੀਂ ਹੋ ਸਕਦੀ
console-desk-code-offline-text = ਉਨ੍ਹਾਂ ਦੀ ਅਪਾਇੰਟਮੈਂਟ ਪਰਚੀ ਅਤੇ ਪਛਾਣ ਦਸਤਾਵੇਜ਼ ਦੀ ਜਾਂਚ ਆਪ ਕਰੋ। ਖੁਰਾਕ ਭੇਜੇ ਜਾਣ ਉੱਤੇ ਸਰਵਰ ਉਸ ਦੀ ਜਾਂਚ ਕਰਦਾ ਹੈ।
console-desk-code-offline-confirm = ਮੈਂ ਉਨ੍ਹਾਂ ਦੇ ਦਸਤਾਵੇਜ਼ਾਂ ਦੀ ਜਾਂਚ ਕਰ ਲਈ ਹੈ
console-desk-checked-by-eye = ਨੈੱਟਵਰਕ ਤੋਂ ਬਿਨਾਂ ਤੁਹਾਡੇ ਵੱਲੋਂ ਜਾਂਚਿਆ ਗਿਆ: ਖੁਰਾਕ ਭੇਜੇ ਜਾਣ ਉੱਤੇ ਸਰਵਰ ਉਸ ਦੀ ਜਾਂਚ ਕਰਦਾ ਹੈ।
console-desk-document-title = ਪਛਾਣ ਦਸਤਾਵੇਜ਼ ਨਾਲ ਲੱਭੋ
console-desk-document-type = ਪਛਾਣ ਦਸਤਾਵੇਜ਼
console-desk-document-number = ਦਸਤਾਵੇਜ਼ ਨੰਬਰ
console-desk-document-number-missing = ਦਸਤਾਵੇਜ਼ ਨੰਬਰ ਦਰਜ ਕਰੋ।
console-desk-document-submit = ਲੱਭੋ
console-desk-document-not-found = ਨਹੀਂ ਮਿਲਿਆ
console-desk-document-offline-title = ਨੈੱਟਵਰਕ ਨਹੀਂ
console-desk-document-offline-text = ਕਿਸੇ ਵਿਅਕਤੀ ਨੂੰ ਉਸ ਦੇ ਦਸਤਾਵੇਜ਼ ਨਾਲ ਸਿਰਫ਼ ਔਨਲਾਈਨ ਹੋਣ ਉੱਤੇ ਹੀ ਲੱਭਿਆ ਜਾ ਸਕਦਾ ਹੈ। ਜੇ ਉਹ ਹਾਲੇ ਰਜਿਸਟਰ ਨਹੀਂ ਹਨ, ਤਾਂ ਉਨ੍ਹਾਂ ਨੂੰ ਬਿਨਾਂ ਅਪਾਇੰਟਮੈਂਟ ਆਏ ਵਿਅਕਤੀ ਵਜੋਂ ਰਜਿਸਟਰ ਕਰੋ: ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਉਨ੍ਹਾਂ ਦੀ ਖੁਰਾਕ ਨਾਲ ਨੈੱਟਵਰਕ ਦੀ ਉਡੀਕ ਕਰਦੀ ਹੈ।

## ਵਿਅਕਤੀ
console-desk-person-born = ਜਨਮ ਸਾਲ { $year }
console-desk-person-reference = ਹਵਾਲਾ ਨੰਬਰ { $reference }
console-desk-person-not-registered = ਨੈੱਟਵਰਕ ਵਾਪਸ ਆਉਣ ਉੱਤੇ ਰਜਿਸਟਰ ਹੋਵੇਗਾ
console-desk-person-no-doses = ਹਾਲੇ ਕੋਈ ਖੁਰਾਕ ਨਹੀਂ
console-desk-person-doses = ਹੁਣ ਤੱਕ ਦੀਆਂ ਖੁਰਾਕਾਂ
console-desk-person-dose-line = ਖੁਰਾਕ { $dose }: { $vaccine }, { $date }

## ਬਿਨਾਂ ਅਪਾਇੰਟਮੈਂਟ ਆਏ ਲੋਕ
console-desk-walk-in-title = ਬਿਨਾਂ ਅਪਾਇੰਟਮੈਂਟ ਆਏ ਵਿਅਕਤੀ ਨੂੰ ਰਜਿਸਟਰ ਕਰੋ
console-desk-walk-in-name = ਪੂਰਾ ਨਾਮ (ਜਿਵੇਂ ਦਸਤਾਵੇਜ਼ ਉੱਤੇ ਹੈ)
console-desk-walk-in-name-missing = ਉਨ੍ਹਾਂ ਦਾ ਨਾਮ ਦਰਜ ਕਰੋ।
console-desk-walk-in-birth-year = ਜਨਮ ਦਾ ਸਾਲ
console-desk-walk-in-birth-year-invalid = ਜਨਮ ਦਾ ਸਾਲ ਦਰਜ ਕਰੋ, ਜਿਵੇਂ 1980।
console-desk-walk-in-gender = ਲਿੰਗ
console-desk-walk-in-mobile = ਮੋਬਾਈਲ ਨੰਬਰ
console-desk-walk-in-mobile-hint = ਉਨ੍ਹਾਂ ਦਾ ਖਾਤਾ ਇਸ ਨੰਬਰ ਵਾਲਾ ਹੋਵੇਗਾ; ਜੇ ਨਵਾਂ ਹੈ ਤਾਂ ਬਣਾ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ।
console-desk-walk-in-mobile-invalid = ਮੋਬਾਈਲ ਨੰਬਰ ਦਰਜ ਕਰੋ।
console-desk-walk-in-submit = ਰਜਿਸਟਰ ਕਰੋ ਅਤੇ ਅੱਗੇ ਵਧੋ
console-desk-walk-in-refused = ਰਜਿਸਟਰ ਨਹੀਂ ਹੋਇਆ
console-desk-walk-in-registered = ਰਜਿਸਟਰ ਹੋ ਗਿਆ।
console-desk-walk-in-found = ਪਹਿਲਾਂ ਤੋਂ ਰਜਿਸਟਰ: ਉਨ੍ਹਾਂ ਦੇ ਪਛਾਣ ਦਸਤਾਵੇਜ਼ ਨਾਲ ਲੱਭੇ ਗਏ।
console-desk-walk-in-offline = ਨੈੱਟਵਰਕ ਨਹੀਂ: ਨੈੱਟਵਰਕ ਵਾਪਸ ਆਉਣ ਉੱਤੇ, ਉਨ੍ਹਾਂ ਦੀ ਖੁਰਾਕ ਭੇਜੇ ਜਾਣ ਤੋਂ ਠੀਕ ਪਹਿਲਾਂ, ਉਨ੍ਹਾਂ ਨੂੰ ਰਜਿਸਟਰ ਕੀਤਾ ਜਾਵੇਗਾ।

## ਖੁਰਾਕ ਦਰਜ ਕਰਨਾ
console-desk-record-form = ਖੁਰਾਕ ਦਰਜ ਕਰੋ
console-desk-record-vaccine = ਵੈਕਸੀਨ
console-desk-record-dose = ਖੁਰਾਕ
console-desk-record-dose-option = ਖੁਰਾਕ { $dose }
console-desk-record-batch = ਬੈਚ ਨੰਬਰ
console-desk-record-batch-hint = ਅੱਜ ਲਈ ਇਸ ਕੇਂਦਰ ਵਾਸਤੇ ਯਾਦ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ।
console-desk-record-batch-missing = ਸ਼ੀਸ਼ੀ ਦਾ ਬੈਚ ਨੰਬਰ ਦਰਜ ਕਰੋ।
console-desk-record-no-vaccine = ਅੱਜ ਇਸ ਕੇਂਦਰ ਦੇ ਕਿਸੇ ਸੈਸ਼ਨ ਵਿੱਚ ਕੋਈ ਵੈਕਸੀਨ ਨਹੀਂ ਦਿੱਤੀ ਜਾ ਰਹੀ। ਆਪਣੇ ਕੇਂਦਰ ਪ੍ਰਬੰਧਕ ਨੂੰ ਅੱਜ ਦਾ ਸੈਸ਼ਨ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਨ ਲਈ ਕਹੋ।
console-desk-record-submit = { $vaccine } ਦੀ ਖੁਰਾਕ { $dose } ਦਰਜ ਕਰੋ
console-desk-outcome-recorded = { $name } ਲਈ { $vaccine } ਦੀ ਖੁਰਾਕ { $dose } ਦਰਜ ਕੀਤੀ ਗਈ।
console-desk-outcome-queued = { $name } ਲਈ { $vaccine } ਦੀ ਖੁਰਾਕ { $dose } ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਸੰਭਾਲੀ ਗਈ।
console-desk-outcome-queued-text = ਨੈੱਟਵਰਕ ਵਾਪਸ ਆਉਂਦੇ ਹੀ ਇਹ ਭੇਜ ਦਿੱਤੀ ਜਾਂਦੀ ਹੈ।
console-desk-outcome-duplicate = { $name } ਲਈ { $vaccine } ਦੀ ਖੁਰਾਕ { $dose } ਪਹਿਲਾਂ ਹੀ ਦਰਜ ਸੀ: ਇਹ ਇੱਕ ਵਾਰ ਹੀ ਗਿਣੀ ਜਾਂਦੀ ਹੈ।
console-desk-outcome-refused = { $name } ਲਈ { $vaccine } ਦੀ ਖੁਰਾਕ { $dose } ਦਰਜ ਨਹੀਂ ਹੋਈ।
console-desk-outcome-already-queued = { $name } ਲਈ { $vaccine } ਦੀ ਖੁਰਾਕ { $dose } ਪਹਿਲਾਂ ਹੀ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਹੈ: ਇਹ ਇੱਕ ਵਾਰ ਹੀ ਗਿਣੀ ਜਾਂਦੀ ਹੈ।
console-desk-outcome-change = ਬਦਲੋ ਅਤੇ ਦੁਬਾਰਾ ਦਰਜ ਕਰੋ
console-desk-outcome-next = ਅਗਲਾ ਵਿਅਕਤੀ

## ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਖੁਰਾਕਾਂ
console-desk-queue-title = ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਖੁਰਾਕਾਂ
console-desk-queue-last-sync = ਆਖ਼ਰੀ ਵਾਰ { $time } ਵਜੇ ਭੇਜੀਆਂ ਗਈਆਂ।
console-desk-queue-pending-title = { $count ->
    [one] ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ({ $count })
   *[other] ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ({ $count })
}
console-desk-queue-pending-none = ਕੁਝ ਵੀ ਉਡੀਕ ਵਿੱਚ ਨਹੀਂ: ਇੱਥੇ ਦਰਜ ਹਰ ਖੁਰਾਕ ਸਰਵਰ ਤੱਕ ਪਹੁੰਚ ਗਈ ਹੈ।
console-desk-queue-settled-title = ਅੱਜ ਭੇਜੀਆਂ ਗਈਆਂ
console-desk-queue-settled-none = ਅੱਜ ਹਾਲੇ ਤੱਕ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਕੋਈ ਖੁਰਾਕ ਨਹੀਂ ਭੇਜੀ ਗਈ।
console-desk-queue-entry-dose = { $vaccine } ਦੀ ਖੁਰਾਕ { $dose }, ਬੈਚ { $batch }, { $time } ਵਜੇ
console-desk-queue-entry-walk-in = ਬਿਨਾਂ ਅਪਾਇੰਟਮੈਂਟ ਆਇਆ ਵਿਅਕਤੀ: ਖੁਰਾਕ ਭੇਜੇ ਜਾਣ ਤੋਂ ਠੀਕ ਪਹਿਲਾਂ ਰਜਿਸਟਰ ਕੀਤਾ ਜਾਂਦਾ ਹੈ।
console-desk-queue-entry-attempts = { $count ->
    [one] { $count } ਵਾਰ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ, ਸਰਵਰ ਤੱਕ ਪਹੁੰਚ ਨਹੀਂ ਹੋਈ।
   *[other] { $count } ਵਾਰ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ, ਸਰਵਰ ਤੱਕ ਪਹੁੰਚ ਨਹੀਂ ਹੋਈ।
}
console-desk-queue-dismiss = ਸੂਚੀ ਵਿੱਚੋਂ ਹਟਾਓ
console-desk-queue-dismiss-label = { $name } ਨੂੰ ਸੂਚੀ ਵਿੱਚੋਂ ਹਟਾਓ
console-desk-status-pending = ਉਡੀਕ ਵਿੱਚ
console-desk-status-recorded = ਦਰਜ
console-desk-status-duplicate = ਪਹਿਲਾਂ ਤੋਂ ਦਰਜ
console-desk-status-refused = ਨਾਮਨਜ਼ੂਰ
