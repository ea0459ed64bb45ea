# Kannada (ಕನ್ನಡ) — console-desk.ftl: the admin console's vaccinator desk (today's list, verification, walk-ins, doses, offline queue)

console-nav-desk = ಲಸಿಕೆ ನೀಡುವವರ ಡೆಸ್ಕ್
console-nav-desk-queue = ಈ ಸಾಧನದಲ್ಲಿರುವ ಡೋಸ್‌ಗಳು
console-desk-title = ಲಸಿಕೆ ನೀಡುವವರ ಡೆಸ್ಕ್

## Connection and queue
console-desk-online = ಆನ್‌ಲೈನ್
console-desk-offline = ಆಫ್‌ಲೈನ್
console-desk-offline-explain = ನೀವು ದಾಖಲಿಸುವ ಡೋಸ್‌ಗಳು ಈ ಸಾಧನದಲ್ಲಿ ಉಳಿಯುತ್ತವೆ ಮತ್ತು ನೆಟ್‌ವರ್ಕ್ ಮರಳಿದ ತಕ್ಷಣ ಕಳುಹಿಸಲಾಗುತ್ತದೆ.
console-desk-pending-count = { $count ->
    [0] ಕಳುಹಿಸಲು ಯಾವುದೇ ಡೋಸ್ ಬಾಕಿ ಇಲ್ಲ
    [one] 1 ಡೋಸ್ ಕಳುಹಿಸಲು ಬಾಕಿ ಇದೆ
   *[other] { $count } ಡೋಸ್‌ಗಳು ಕಳುಹಿಸಲು ಬಾಕಿ ಇವೆ
}
console-desk-queue-open = ಡೋಸ್‌ಗಳನ್ನು ನೋಡಿ
console-desk-sync-now = ಈಗಲೇ ಕಳುಹಿಸಿ
console-desk-sync-title = ಕಳುಹಿಸಿದ ಡೋಸ್‌ಗಳು
console-desk-sync-result = ದಾಖಲಾದವು: { $recorded }. ಈಗಾಗಲೇ ದಾಖಲಾಗಿದ್ದವು: { $duplicate }. ನಿರಾಕರಿಸಿದವು: { $refused }.
console-desk-sync-unreachable = ಸರ್ವರ್ ತಲುಪಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ; ಡೋಸ್‌ಗಳು ಈ ಸಾಧನದಲ್ಲೇ ಉಳಿಯುತ್ತವೆ ಮತ್ತು ನಂತರ ಕಳುಹಿಸಲಾಗುತ್ತದೆ.
console-desk-sync-still-pending = { $count ->
    [one] 1 ಡೋಸ್ ಇನ್ನೂ ಬಾಕಿ ಇದೆ.
   *[other] { $count } ಡೋಸ್‌ಗಳು ಇನ್ನೂ ಬಾಕಿ ಇವೆ.
}
console-desk-sync-other-staff = ಈ ಡೋಸ್‌ಗಳನ್ನು ಈ ಸಾಧನದಲ್ಲಿ ಬೇರೊಬ್ಬ ಸಿಬ್ಬಂದಿ ದಾಖಲಿಸಿದ್ದಾರೆ: ಆ ವ್ಯಕ್ತಿ ಇಲ್ಲಿ ಮತ್ತೆ ಸೈನ್ ಇನ್ ಮಾಡಿದಾಗ ಅವುಗಳನ್ನು ಕಳುಹಿಸಲಾಗುತ್ತದೆ.
console-desk-sync-nothing = ಕಳುಹಿಸಲು ಏನೂ ಬಾಕಿ ಇರಲಿಲ್ಲ.
console-desk-storage-failed-title = ಈ ಬ್ರೌಸರ್ ಡೆಸ್ಕ್‌ನ ಕೆಲಸವನ್ನು ಉಳಿಸಿಡಲು ಸಾಧ್ಯವಿಲ್ಲ
console-desk-storage-failed-text = ನೆಟ್‌ವರ್ಕ್ ಕಡಿತಗೊಂಡಾಗ ಡೋಸ್‌ಗಳನ್ನು ಉಳಿಸಿಡಲು ಡೆಸ್ಕ್‌ಗೆ ಬ್ರೌಸರ್‌ನ ಸಂಗ್ರಹಣೆ (IndexedDB) ಬೇಕು. ಖಾಸಗಿ ಬ್ರೌಸಿಂಗ್‌ನಿಂದ ಹೊರಬನ್ನಿ, ಅಥವಾ ಬೇರೆ ಬ್ರೌಸರ್ ಬಳಸಿ.
console-desk-no-facility-title = ಕೇಂದ್ರವಿಲ್ಲ
console-desk-no-facility-text = ನಿಮ್ಮನ್ನು ಯಾವುದೇ ಸಕ್ರಿಯ ಕೇಂದ್ರಕ್ಕೆ ನಿಯೋಜಿಸಲಾಗಿಲ್ಲ. ನಿಮ್ಮನ್ನು ಒಂದು ಕೇಂದ್ರಕ್ಕೆ ಸೇರಿಸುವಂತೆ ನಿಮ್ಮ ಜಿಲ್ಲಾ ನಿರ್ವಾಹಕರನ್ನು ಕೇಳಿ.

## Today's list
console-desk-facility-label = ಕೇಂದ್ರ
console-desk-facility-at = ಕೇಂದ್ರ: { $facility }
console-desk-verify-document = ಗುರುತಿನ ದಾಖಲೆಯಿಂದ ಹುಡುಕಿ
console-desk-walk-in = ನೇರವಾಗಿ ಬಂದವರನ್ನು ನೋಂದಾಯಿಸಿ
console-desk-appointments-title = { $date } ರ ಅಪಾಯಿಂಟ್‌ಮೆಂಟ್‌ಗಳು
console-desk-appointments-saved = ಉಳಿಸಿದ ಪಟ್ಟಿ ({ $time }): ನೆಟ್‌ವರ್ಕ್ ಇಲ್ಲದ ಕಾರಣ ಇದು ಹಳೆಯದಾಗಿರಬಹುದು.
console-desk-appointments-search = ಹೆಸರು ಅಥವಾ ಉಲ್ಲೇಖದಿಂದ ಹುಡುಕಿ
console-desk-appointments-none = ಇಂದು ಇಲ್ಲಿ ಯಾವುದೇ ಅಪಾಯಿಂಟ್‌ಮೆಂಟ್ ಬುಕ್ ಆಗಿಲ್ಲ.
console-desk-appointments-no-match = ಇಂದಿನ ಪಟ್ಟಿಯಲ್ಲಿ ಈ ಹುಡುಕಾಟಕ್ಕೆ ಹೊಂದುವವರು ಯಾರೂ ಇಲ್ಲ.
console-desk-appointment-open = { $name } ಅವರನ್ನು ಪರಿಶೀಲಿಸಿ, ಸ್ಲಾಟ್ { $slot }
console-desk-appointment-line = ಜನನ { $year } · { $slot }
console-desk-appointment-dose = { $vaccine } ಡೋಸ್ { $dose }
console-desk-appointment-missing = ಈ ಅಪಾಯಿಂಟ್‌ಮೆಂಟ್ ಈ ಕೇಂದ್ರದ ಇಂದಿನ ಪಟ್ಟಿಯಲ್ಲಿಲ್ಲ.
console-desk-back-to-list = ಇಂದಿನ ಪಟ್ಟಿಗೆ ಹಿಂತಿರುಗಿ

## Verification
console-desk-verify-title = ಅಪಾಯಿಂಟ್‌ಮೆಂಟ್ ಅನ್ನು ಪರಿಶೀಲಿಸಿ
console-desk-code-label = ಭದ್ರತಾ ಕೋಡ್
console-desk-code-hint = ಅವರ ಅಪಾಯಿಂಟ್‌ಮೆಂಟ್ ಚೀಟಿಯಲ್ಲಿ ಮುದ್ರಿತವಾಗಿರುವ 4 ಅಂಕೆಗಳು.
console-desk-code-invalid = ಭದ್ರತಾ ಕೋಡ್‌ನ 4 ಅಂಕೆಗಳನ್ನು ನಮೂದಿಸಿ.
console-desk-code-submit = ಪರಿಶೀಲಿಸಿ
console-desk-code-offline-title = ನೆಟ್‌ವರ್ಕ್ ಇಲ್ಲ: ಕೋಡ್ ಅನ್ನು ಪರಿಶೀಲಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ
console-desk-code-offline-text = ಅವರ ಅಪಾಯಿಂಟ್‌ಮೆಂಟ್ ಚೀಟಿ ಮತ್ತು ಗುರುತಿನ ದಾಖಲೆಯನ್ನು ನೀವೇ ಪರಿಶೀಲಿಸಿ. ಡೋಸ್ ಕಳುಹಿಸಿದಾಗ ಸರ್ವರ್ ಅದನ್ನು ಪರಿಶೀಲಿಸುತ್ತದೆ.
console-desk-code-offline-confirm = ಅವರ ದಾಖಲೆಗಳನ್ನು ನಾನು ಪರಿಶೀಲಿಸಿದ್ದೇನೆ
console-desk-checked-by-eye = ನೆಟ್‌ವರ್ಕ್ ಇಲ್ಲದೆ ನೀವು ಪರಿಶೀಲಿಸಿದ್ದೀರಿ: ಡೋಸ್ ಕಳುಹಿಸಿದಾಗ ಸರ್ವರ್ ಅದನ್ನು ಪರಿಶೀಲಿಸುತ್ತದೆ.
console-desk-document-title = ಗುರುತಿನ ದಾಖಲೆಯಿಂದ ಹುಡುಕಿ
console-desk-document-type = ಗುರುತಿನ ದಾಖಲೆ
console-desk-document-number = ದಾಖಲೆ ಸಂಖ್ಯೆ
console-desk-document-number-missing = ದಾಖಲೆ ಸಂಖ್ಯೆಯನ್ನು ನಮೂದಿಸಿ.
console-desk-document-submit = ಹುಡುಕಿ
console-desk-document-not-found = ಕಂಡುಬಂದಿಲ್ಲ
console-desk-document-offline-title = ನೆಟ್‌ವರ್ಕ್ ಇಲ್ಲ
console-desk-document-offline-text = ಆನ್‌ಲೈನ್‌ನಲ್ಲಿರುವಾಗ ಮಾತ್ರ ವ್ಯಕ್ತಿಯನ್ನು ಅವರ ದಾಖಲೆಯಿಂದ ಹುಡುಕಬಹುದು. ಅವರು ಇನ್ನೂ ನೋಂದಣಿಯಾಗದಿದ್ದರೆ, ನೇರವಾಗಿ ಬಂದವರಾಗಿ ನೋಂದಾಯಿಸಿ: ಆ ನೋಂದಣಿ ಅವರ ಡೋಸ್‌ನೊಂದಿಗೆ ನೆಟ್‌ವರ್ಕ್‌ಗಾಗಿ ಕಾಯುತ್ತದೆ.

## The person
console-desk-person-born = ಜನನ { $year }
console-desk-person-reference = ಉಲ್ಲೇಖ { $reference }
console-desk-person-not-registered = ನೆಟ್‌ವರ್ಕ್ ಮರಳಿದಾಗ ನೋಂದಣಿಯಾಗುತ್ತದೆ
console-desk-person-no-doses = ಇನ್ನೂ ಯಾವುದೇ ಡೋಸ್ ಪಡೆದಿಲ್ಲ
console-desk-person-doses = ಈವರೆಗೆ ಪಡೆದ ಡೋಸ್‌ಗಳು
console-desk-person-dose-line = ಡೋಸ್ { $dose }: { $vaccine }, { $date }

## Walk-ins
console-desk-walk-in-title = ನೇರವಾಗಿ ಬಂದವರನ್ನು ನೋಂದಾಯಿಸಿ
console-desk-walk-in-name = ಪೂರ್ಣ ಹೆಸರು (ದಾಖಲೆಯಲ್ಲಿರುವಂತೆ)
console-desk-walk-in-name-missing = ಅವರ ಹೆಸರನ್ನು ನಮೂದಿಸಿ.
console-desk-walk-in-birth-year = ಹುಟ್ಟಿದ ವರ್ಷ
console-desk-walk-in-birth-year-invalid = 1980 ರಂತಹ ಹುಟ್ಟಿದ ವರ್ಷವನ್ನು ನಮೂದಿಸಿ.
console-desk-walk-in-gender = ಲಿಂಗ
console-desk-walk-in-mobile = ಮೊಬೈಲ್ ಸಂಖ್ಯೆ
console-desk-walk-in-mobile-hint = ಅವರ ಖಾತೆ ಈ ಸಂಖ್ಯೆಯದ್ದಾಗಿರುತ್ತದೆ; ಹೊಸ ಸಂಖ್ಯೆಯಾಗಿದ್ದರೆ ಖಾತೆಯನ್ನು ರಚಿಸಲಾಗುತ್ತದೆ.
console-desk-walk-in-mobile-invalid = ಮೊಬೈಲ್ ಸಂಖ್ಯೆಯನ್ನು ನಮೂದಿಸಿ.
console-desk-walk-in-submit = ನೋಂದಾಯಿಸಿ ಮತ್ತು ಮುಂದುವರಿಯಿರಿ
console-desk-walk-in-refused = ನೋಂದಣಿಯಾಗಿಲ್ಲ
console-desk-walk-in-registered = ನೋಂದಣಿಯಾಗಿದೆ.
console-desk-walk-in-found = ಈಗಾಗಲೇ ನೋಂದಣಿಯಾಗಿದ್ದಾರೆ: ಅವರ ಗುರುತಿನ ದಾಖಲೆಯಿಂದ ಕಂಡುಬಂದಿದೆ.
console-desk-walk-in-offline = ನೆಟ್‌ವರ್ಕ್ ಇಲ್ಲ: ನೆಟ್‌ವರ್ಕ್ ಮರಳಿದಾಗ, ಅವರ ಡೋಸ್ ಕಳುಹಿಸುವ ಸ್ವಲ್ಪ ಮೊದಲು ಅವರನ್ನು ನೋಂದಾಯಿಸಲಾಗುತ್ತದೆ.

## Recording a dose
console-desk-record-form = ಡೋಸ್ ಅನ್ನು ದಾಖಲಿಸಿ
console-desk-record-vaccine = ಲಸಿಕೆ
console-desk-record-dose = ಡೋಸ್
console-desk-record-dose-option = ಡೋಸ್ { $dose }
console-desk-record-batch = ಬ್ಯಾಚ್ ಸಂಖ್ಯೆ
console-desk-record-batch-hint = ಈ ಕೇಂದ್ರದಲ್ಲಿ ಇಂದಿನ ದಿನಕ್ಕೆ ನೆನಪಿಟ್ಟುಕೊಳ್ಳಲಾಗುತ್ತದೆ.
console-desk-record-batch-missing = ಲಸಿಕೆ ಬಾಟಲಿಯ (ವಯಲ್) ಬ್ಯಾಚ್ ಸಂಖ್ಯೆಯನ್ನು ನಮೂದಿಸಿ.
console-desk-record-no-vaccine = ಇಂದು ಈ ಕೇಂದ್ರದ ಯಾವುದೇ ಸೆಷನ್‌ನಲ್ಲಿ ಲಸಿಕೆ ನೀಡಲಾಗುತ್ತಿಲ್ಲ. ಇಂದಿನ ಸೆಷನ್ ಅನ್ನು ಪ್ರಕಟಿಸುವಂತೆ ನಿಮ್ಮ ಕೇಂದ್ರದ ವ್ಯವಸ್ಥಾಪಕರನ್ನು ಕೇಳಿ.
console-desk-record-submit = { $vaccine } ಡೋಸ್ { $dose } ಅನ್ನು ದಾಖಲಿಸಿ
console-desk-outcome-recorded = { $name } ಅವರಿಗೆ { $vaccine } ಡೋಸ್ { $dose } ದಾಖಲಾಗಿದೆ.
console-desk-outcome-queued = { $name } ಅವರ { $vaccine } ಡೋಸ್ { $dose } ಈ ಸಾಧನದಲ್ಲಿ ಉಳಿಸಲಾಗಿದೆ.
console-desk-outcome-queued-text = ನೆಟ್‌ವರ್ಕ್ ಮರಳಿದ ತಕ್ಷಣ ಇದನ್ನು ಕಳುಹಿಸಲಾಗುತ್ತದೆ.
console-desk-outcome-duplicate = { $name } ಅವರ { $vaccine } ಡೋಸ್ { $dose } ಈಗಾಗಲೇ ದಾಖಲಾಗಿದೆ: ಇದನ್ನು ಒಮ್ಮೆ ಮಾತ್ರ ಎಣಿಸಲಾಗುತ್ತದೆ.
console-desk-outcome-refused = { $name } ಅವರ { $vaccine } ಡೋಸ್ { $dose } ದಾಖಲಾಗಲಿಲ್ಲ.
console-desk-outcome-already-queued = { $name } ಅವರ { $vaccine } ಡೋಸ್ { $dose } ಈಗಾಗಲೇ ಈ ಸಾಧನದಲ್ಲಿದೆ: ಇದನ್ನು ಒಮ್ಮೆ ಮಾತ್ರ ಎಣಿಸಲಾಗುತ್ತದೆ.
console-desk-outcome-change = ಬದಲಿಸಿ ಮತ್ತೆ ದಾಖಲಿಸಿ
console-desk-outcome-next = ಮುಂದಿನ ವ್ಯಕ್ತಿ

## Doses on this device
console-desk-queue-title = ಈ ಸಾಧನದಲ್ಲಿರುವ ಡೋಸ್‌ಗಳು
console-desk-queue-last-sync = ಕೊನೆಯದಾಗಿ ಕಳುಹಿಸಿದ ಸಮಯ: { $time }.
console-desk-queue-pending-title = { $count ->
    [one] ಕಳುಹಿಸಲು ಬಾಕಿ ಇರುವವು (1)
   *[other] ಕಳುಹಿಸಲು ಬಾಕಿ ಇರುವವು ({ $count })
}
console-desk-queue-pending-none = ಏನೂ ಬಾಕಿ ಇಲ್ಲ: ಇಲ್ಲಿ ದಾಖಲಿಸಿದ ಪ್ರತಿಯೊಂದು ಡೋಸ್ ಸರ್ವರ್ ತಲುಪಿದೆ.
console-desk-queue-settled-title = ಇಂದು ಕಳುಹಿಸಿದವು
console-desk-queue-settled-none = ಇಂದು ಈ ಸಾಧನದಿಂದ ಇನ್ನೂ ಯಾವುದೇ ಡೋಸ್ ಕಳುಹಿಸಿಲ್ಲ.
console-desk-queue-entry-dose = { $vaccine } ಡೋಸ್ { $dose }, ಬ್ಯಾಚ್ { $batch }, ಸಮಯ { $time }
console-desk-queue-entry-walk-in = ನೇರವಾಗಿ ಬಂದವರು: ಡೋಸ್ ಕಳುಹಿಸುವ ಸ್ವಲ್ಪ ಮೊದಲು ನೋಂದಾಯಿಸಲಾಗುತ್ತದೆ.
console-desk-queue-entry-attempts = { $count ->
    [one] ಒಮ್ಮೆ ಪ್ರಯತ್ನಿಸಲಾಗಿದೆ, ಸರ್ವರ್ ತಲುಪಲಾಗಲಿಲ್ಲ.
   *[other] { $count } ಬಾರಿ ಪ್ರಯತ್ನಿಸಲಾಗಿದೆ, ಸರ್ವರ್ ತಲುಪಲಾಗಲಿಲ್ಲ.
}
console-desk-queue-dismiss = ಪಟ್ಟಿಯಿಂದ ತೆಗೆದುಹಾಕಿ
console-desk-queue-dismiss-label = { $name } ಅವರನ್ನು ಪಟ್ಟಿಯಿಂದ ತೆಗೆದುಹಾಕಿ
console-desk-status-pending = ಬಾಕಿ ಇದೆ
console-desk-status-recorded = ದಾಖಲಾಗಿದೆ
console-desk-status-duplicate = ಈಗಾಗಲೇ ದಾಖಲಾಗಿದೆ
console-desk-status-refused = ನಿರಾಕರಿಸಲಾಗಿದೆ
