# Malayalam (മലയാളം) — console-desk.ftl: the admin console's vaccinator desk (today's list, verification, walk-ins, doses, offline queue)

console-nav-desk = വാക്സിനേറ്റർ ഡെസ്ക്
console-nav-desk-queue = ഈ ഉപകരണത്തിലെ ഡോസുകൾ
console-desk-title = വാക്സിനേറ്റർ ഡെസ്ക്

## Connection and queue
console-desk-online = ഓൺലൈൻ
console-desk-offline = ഓഫ്‌ലൈൻ
console-desk-offline-explain = നിങ്ങൾ രേഖപ്പെടുത്തുന്ന ഡോസുകൾ ഈ ഉപകരണത്തിൽ സൂക്ഷിക്കുകയും നെറ്റ്‌വർക്ക് തിരികെ ലഭിച്ചാലുടൻ അയയ്ക്കുകയും ചെയ്യും.
console-desk-pending-count = { $count ->
    [0] അയയ്ക്കാൻ കാത്തിരിക്കുന്ന ഡോസുകളൊന്നുമില്ല
    [one] 1 ഡോസ് അയയ്ക്കാൻ കാത്തിരിക്കുന്നു
   *[other] { $count } ഡോസുകൾ അയയ്ക്കാൻ കാത്തിരിക്കുന്നു
}
console-desk-queue-open = ഡോസുകൾ കാണുക
console-desk-sync-now = ഇപ്പോൾ അയയ്ക്കുക
console-desk-sync-title = അയച്ച ഡോസുകൾ
console-desk-sync-result = രേഖപ്പെടുത്തിയത്: { $recorded }. നേരത്തേ രേഖപ്പെടുത്തിയത്: { $duplicate }. നിരസിച്ചത്: { $refused }.
console-desk-sync-unreachable = സെർവറിൽ എത്താൻ കഴിഞ്ഞില്ല; ഡോസുകൾ ഈ ഉപകരണത്തിൽത്തന്നെ തുടരും, പിന്നീട് അയയ്ക്കും.
console-desk-sync-still-pending = { $count ->
    [one] 1 ഡോസ് ഇപ്പോഴും കാത്തിരിക്കുന്നു.
   *[other] { $count } ഡോസുകൾ ഇപ്പോഴും കാത്തിരിക്കുന്നു.
}
console-desk-sync-other-staff = ഈ ഡോസുകൾ ഈ ഉപകരണത്തിൽ മറ്റൊരു സ്റ്റാഫ് അംഗം രേഖപ്പെടുത്തിയതാണ്: ആ വ്യക്തി ഇവിടെ വീണ്ടും സൈൻ ഇൻ ചെയ്യുമ്പോൾ അവ അയയ്ക്കും.
console-desk-sync-nothing = അയയ്ക്കാൻ ഒന്നും കാത്തിരിക്കുന്നുണ്ടായിരുന്നില്ല.
console-desk-storage-failed-title = ഈ ബ്രൗസറിന് ഡെസ്കിലെ ജോലി സൂക്ഷിക്കാൻ കഴിയില്ല
console-desk-storage-failed-text = നെറ്റ്‌വർക്ക് നഷ്ടപ്പെടുമ്പോൾ ഡോസുകൾ സൂക്ഷിക്കാൻ ഡെസ്കിന് ബ്രൗസറിന്റെ സ്റ്റോറേജ് (IndexedDB) ആവശ്യമാണ്. പ്രൈവറ്റ് ബ്രൗസിംഗിൽ നിന്ന് പുറത്തുകടക്കുക, അല്ലെങ്കിൽ മറ്റൊരു ബ്രൗസർ ഉപയോഗിക്കുക.
console-desk-no-facility-title = കേന്ദ്രമില്ല
console-desk-no-facility-text = നിങ്ങളെ സജീവമായ ഒരു കേന്ദ്രത്തിലും നിയോഗിച്ചിട്ടില്ല. നിങ്ങളെ ഒരു കേന്ദ്രത്തിൽ ചേർക്കാൻ ജില്ലാ അഡ്മിനിസ്ട്രേറ്ററോട് ആവശ്യപ്പെടുക.

## Today's list
console-desk-facility-label = കേന്ദ്രം
console-desk-facility-at = കേന്ദ്രം: { $facility }
console-desk-verify-document = തിരിച്ചറിയൽ രേഖ ഉപയോഗിച്ച് കണ്ടെത്തുക
console-desk-walk-in = നേരിട്ടെത്തിയ ആളെ രജിസ്റ്റർ ചെയ്യുക
console-desk-appointments-title = { $date } തീയതിയിലെ അപ്പോയിന്റ്മെന്റുകൾ
console-desk-appointments-saved = { $time } സമയത്ത് സംരക്ഷിച്ച പട്ടിക: നെറ്റ്‌വർക്ക് ലഭ്യമല്ലാത്തതിനാൽ ഇത് പഴയതാകാം.
console-desk-appointments-search = പേരോ റഫറൻസോ ഉപയോഗിച്ച് കണ്ടെത്തുക
console-desk-appointments-none = ഇന്നത്തേക്ക് ഇവിടെ അപ്പോയിന്റ്മെന്റുകളൊന്നും ബുക്ക് ചെയ്തിട്ടില്ല.
console-desk-appointments-no-match = ഇന്നത്തെ പട്ടികയിൽ ഈ തിരയലുമായി പൊരുത്തപ്പെടുന്ന ആരുമില്ല.
console-desk-appointment-open = പരിശോധിക്കുക: { $name }, സ്ലോട്ട് { $slot }
console-desk-appointment-line = ജനന വർഷം { $year } · { $slot }
console-desk-appointment-dose = { $vaccine } ഡോസ് { $dose }
console-desk-appointment-missing = ഈ അപ്പോയിന്റ്മെന്റ് ഈ കേന്ദ്രത്തിന്റെ ഇന്നത്തെ പട്ടികയിലില്ല.
console-desk-back-to-list = ഇന്നത്തെ പട്ടികയിലേക്ക് മടങ്ങുക

## Verification
console-desk-verify-title = അപ്പോയിന്റ്മെന്റ് പരിശോധിക്കുക
console-desk-code-label = സുരക്ഷാ കോഡ്
console-desk-code-hint = അവരുടെ അപ്പോയിന്റ്മെന്റ് സ്ലിപ്പിൽ അച്ചടിച്ചിരിക്കുന്ന 4 അക്കങ്ങൾ.
console-desk-code-invalid = സുരക്ഷാ കോഡിന്റെ 4 അക്കങ്ങൾ നൽകുക.
console-desk-code-submit = പരിശോധിക്കുക
console-desk-code-offline-title = നെറ്റ്‌വർക്ക് ഇല്ല: കോഡ് പരിശോധിക്കാൻ കഴിയില്ല
console-desk-code-offline-text = അവരുടെ അപ്പോയിന്റ്മെന്റ് സ്ലിപ്പും തിരിച്ചറിയൽ രേഖയും നിങ്ങൾ തന്നെ പരിശോധിക്കുക. ഡോസ് അയയ്ക്കുമ്പോൾ സെർവർ അത് പരിശോധിക്കും.
console-desk-code-offline-confirm = ഞാൻ അവരുടെ രേഖകൾ പരിശോധിച്ചു
console-desk-checked-by-eye = നെറ്റ്‌വർക്ക് ഇല്ലാതെ നിങ്ങൾ നേരിട്ട് പരിശോധിച്ചു: ഡോസ് അയയ്ക്കുമ്പോൾ സെർവർ അത് പരിശോധിക്കും.
console-desk-document-title = തിരിച്ചറിയൽ രേഖ ഉപയോഗിച്ച് കണ്ടെത്തുക
console-desk-document-type = തിരിച്ചറിയൽ രേഖ
console-desk-document-number = രേഖാ നമ്പർ
console-desk-document-number-missing = രേഖാ നമ്പർ നൽകുക.
console-desk-document-submit = കണ്ടെത്തുക
console-desk-document-not-found = കണ്ടെത്തിയില്ല
console-desk-document-offline-title = നെറ്റ്‌വർക്ക് ഇല്ല
console-desk-document-offline-text = ഓൺലൈനിലായിരിക്കുമ്പോൾ മാത്രമേ ഒരാളെ അവരുടെ രേഖ ഉപയോഗിച്ച് കണ്ടെത്താൻ കഴിയൂ. അവർ ഇതുവരെ രജിസ്റ്റർ ചെയ്തിട്ടില്ലെങ്കിൽ, നേരിട്ടെത്തിയ ആളായി രജിസ്റ്റർ ചെയ്യുക: രജിസ്ട്രേഷൻ അവരുടെ ഡോസിനൊപ്പം നെറ്റ്‌വർക്കിനായി കാത്തിരിക്കും.

## The person
console-desk-person-born = ജനന വർഷം: { $year }
console-desk-person-reference = റഫറൻസ് { $reference }
console-desk-person-not-registered = നെറ്റ്‌വർക്ക് തിരികെ ലഭിക്കുമ്പോൾ രജിസ്റ്റർ ചെയ്യും
console-desk-person-no-doses = ഇതുവരെ ഡോസുകളൊന്നുമില്ല
console-desk-person-doses = ഇതുവരെയുള്ള ഡോസുകൾ
console-desk-person-dose-line = ഡോസ് { $dose }: { $vaccine }, { $date }

## Walk-ins
console-desk-walk-in-title = നേരിട്ടെത്തിയ ആളെ രജിസ്റ്റർ ചെയ്യുക
console-desk-walk-in-name = മുഴുവൻ പേര് (രേഖയിലുള്ളതുപോലെ)
console-desk-walk-in-name-missing = അവരുടെ പേര് നൽകുക.
console-desk-walk-in-birth-year = ജനന വർഷം
console-desk-walk-in-birth-year-invalid = 1980 പോലെ ഒരു ജനന വർഷം നൽകുക.
console-desk-walk-in-gender = ലിംഗഭേദം
console-desk-walk-in-mobile = മൊബൈൽ നമ്പർ
console-desk-walk-in-mobile-hint = അവരുടെ അക്കൗണ്ട് ഈ നമ്പറിന്റേതാണ്; പുതിയ നമ്പറാണെങ്കിൽ അക്കൗണ്ട് സൃഷ്ടിക്കും.
console-desk-walk-in-mobile-invalid = ഒരു മൊബൈൽ നമ്പർ നൽകുക.
console-desk-walk-in-submit = രജിസ്റ്റർ ചെയ്ത് തുടരുക
console-desk-walk-in-refused = രജിസ്റ്റർ ചെയ്തില്ല
console-desk-walk-in-registered = രജിസ്റ്റർ ചെയ്തു.
console-desk-walk-in-found = ഇതിനകം രജിസ്റ്റർ ചെയ്തിട്ടുണ്ട്: തിരിച്ചറിയൽ രേഖ ഉപയോഗിച്ച് കണ്ടെത്തി.
console-desk-walk-in-offline = നെറ്റ്‌വർക്ക് ഇല്ല: നെറ്റ്‌വർക്ക് തിരികെ ലഭിക്കുമ്പോൾ, അവരുടെ ഡോസ് അയയ്ക്കുന്നതിന് തൊട്ടുമുമ്പ് അവരെ രജിസ്റ്റർ ചെയ്യും.

## Recording a dose
console-desk-record-form = ഡോസ് രേഖപ്പെടുത്തുക
console-desk-record-vaccine = വാക്സിൻ
console-desk-record-dose = ഡോസ്
console-desk-record-dose-option = ഡോസ് { $dose }
console-desk-record-batch = ബാച്ച് നമ്പർ
console-desk-record-batch-hint = ഈ കേന്ദ്രത്തിൽ ഇന്നത്തേക്ക് ഓർമ്മിച്ചുവയ്ക്കും.
console-desk-record-batch-missing = വാക്സിൻ കുപ്പിയുടെ ബാച്ച് നമ്പർ നൽകുക.
console-desk-record-no-vaccine = ഇന്ന് ഈ കേന്ദ്രത്തിലെ ഒരു സെഷനിലും വാക്സിൻ നൽകുന്നില്ല. ഇന്നത്തെ സെഷൻ പ്രസിദ്ധീകരിക്കാൻ നിങ്ങളുടെ കേന്ദ്ര മാനേജരോട് ആവശ്യപ്പെടുക.
console-desk-record-submit = { $vaccine } ഡോസ് { $dose } രേഖപ്പെടുത്തുക
console-desk-outcome-recorded = { $name }: { $vaccine } ഡോസ് { $dose } രേഖപ്പെടുത്തി.
console-desk-outcome-queued = { $name }: { $vaccine } ഡോസ് { $dose } ഈ ഉപകരണത്തിൽ സംരക്ഷിച്ചു.
console-desk-outcome-queued-text = നെറ്റ്‌വർക്ക് തിരികെ ലഭിച്ചാലുടൻ ഇത് അയയ്ക്കും.
console-desk-outcome-duplicate = { $name }: { $vaccine } ഡോസ് { $dose } ഇതിനകം രേഖപ്പെടുത്തിയിട്ടുണ്ട്: ഇത് ഒരു തവണ മാത്രമേ കണക്കാക്കൂ.
console-desk-outcome-refused = { $name }: { $vaccine } ഡോസ് { $dose } രേഖപ്പെടുത്തിയില്ല.
console-desk-outcome-already-queued = { $name }: { $vaccine } ഡോസ് { $dose } ഇതിനകം ഈ ഉപകരണത്തിലുണ്ട്: ഇത് ഒരു തവണ മാത്രമേ കണക്കാക്കൂ.
console-desk-outcome-change = മാറ്റം വരുത്തി വീണ്ടും രേഖപ്പെടുത്തുക
console-desk-outcome-next = അടുത്ത ആൾ

## Doses on this device
console-desk-queue-title = ഈ ഉപകരണത്തിലെ ഡോസുകൾ
console-desk-queue-last-sync = അവസാനം അയച്ച സമയം: { $time }.
console-desk-queue-pending-title = { $count ->
    [one] അയയ്ക്കാൻ കാത്തിരിക്കുന്നവ (1)
   *[other] അയയ്ക്കാൻ കാത്തിരിക്കുന്നവ ({ $count })
}
console-desk-queue-pending-none = ഒന്നും കാത്തിരിക്കുന്നില്ല: ഇവിടെ രേഖപ്പെടുത്തിയ എല്ലാ ഡോസുകളും സെർവറിൽ എത്തി.
console-desk-queue-settled-title = ഇന്ന് അയച്ചവ
console-desk-queue-settled-none = ഇന്ന് ഈ ഉപകരണത്തിൽ നിന്ന് ഇതുവരെ ഡോസുകളൊന്നും അയച്ചിട്ടില്ല.
console-desk-queue-entry-dose = { $vaccine } ഡോസ് { $dose }, ബാച്ച് { $batch }, സമയം { $time }
console-desk-queue-entry-walk-in = നേരിട്ടെത്തിയ ആൾ: ഡോസ് അയയ്ക്കുന്നതിന് തൊട്ടുമുമ്പ് രജിസ്റ്റർ ചെയ്യും.
console-desk-queue-entry-attempts = { $count ->
    [one] സെർവറിൽ എത്താതെ ഒരു തവണ ശ്രമിച്ചു.
   *[other] സെർവറിൽ എത്താതെ { $count } തവണ ശ്രമിച്ചു.
}
console-desk-queue-dismiss = പട്ടികയിൽ നിന്ന് നീക്കം ചെയ്യുക
console-desk-queue-dismiss-label = പട്ടികയിൽ നിന്ന് നീക്കം ചെയ്യുക: { $name }
console-desk-status-pending = കാത്തിരിക്കുന്നു
console-desk-status-recorded = രേഖപ്പെടുത്തി
console-desk-status-duplicate = നേരത്തേ രേഖപ്പെടുത്തിയത്
console-desk-status-refused = നിരസിച്ചു
