# Gujarati (ગુજરાતી) — console-desk.ftl: the admin console's vaccinator desk (today's list, verification, walk-ins, doses, offline queue)

console-nav-desk = રસીકરણકર્તા ડેસ્ક
console-nav-desk-queue = આ ડિવાઇસ પરના ડોઝ
console-desk-title = રસીકરણકર્તા ડેસ્ક

## Connection and queue
console-desk-online = ઓનલાઇન
console-desk-offline = ઓફલાઇન
console-desk-offline-explain = આપ જે ડોઝ નોંધો છો તે આ જ ડિવાઇસ પર રાખવામાં આવે છે અને નેટવર્ક પાછું આવતાં જ મોકલવામાં આવે છે.
console-desk-pending-count = { $count ->
    [0] મોકલવા માટે કોઈ ડોઝ બાકી નથી
    [one] { $count } ડોઝ મોકલવાનો બાકી છે
   *[other] { $count } ડોઝ મોકલવાના બાકી છે
}
console-desk-queue-open = ડોઝ જુઓ
console-desk-sync-now = હમણાં મોકલો
console-desk-sync-title = મોકલેલા ડોઝ
console-desk-sync-result = નોંધાયા: { $recorded }. પહેલેથી નોંધાયેલા: { $duplicate }. નકારાયા: { $refused }.
console-desk-sync-unreachable = સર્વર સુધી પહોંચી શકાયું નથી; ડોઝ આ જ ડિવાઇસ પર રહેશે અને પછીથી મોકલવામાં આવશે.
console-desk-sync-still-pending = { $count ->
    [one] { $count } ડોઝ હજુ બાકી છે.
   *[other] { $count } ડોઝ હજુ બાકી છે.
}
console-desk-sync-other-staff = આ ડોઝ આ ડિવાઇસ પર બીજા કર્મચારીએ નોંધ્યા છે: તે વ્યક્તિ અહીં ફરીથી સાઇન ઇન કરશે ત્યારે તે મોકલવામાં આવશે.
console-desk-sync-nothing = મોકલવા માટે કંઈ બાકી ન હતું.
console-desk-storage-failed-title = આ બ્રાઉઝર ડેસ્કનું કામ સાચવી શકતું નથી
console-desk-storage-failed-text = નેટવર્ક જતું રહે ત્યારે ડોઝ સાચવી રાખવા માટે ડેસ્કને બ્રાઉઝરના સ્ટોરેજ (IndexedDB) ની જરૂર છે. ખાનગી બ્રાઉઝિંગમાંથી બહાર નીકળો, અથવા બીજું બ્રાઉઝર વાપરો.
console-desk-no-facility-title = કોઈ કેન્દ્ર નથી
console-desk-no-facility-text = આપને કોઈ સક્રિય કેન્દ્ર સોંપવામાં આવ્યું નથી. આપને કોઈ કેન્દ્રમાં ઉમેરવા માટે આપના જિલ્લા વહીવટકર્તાને કહો.

## Today's list
console-desk-facility-label = કેન્દ્ર
console-desk-facility-at = કેન્દ્ર: { $facility }
console-desk-verify-document = ઓળખપત્ર દ્વારા શોધો
console-desk-walk-in = એપોઇન્ટમેન્ટ વિના આવેલી વ્યક્તિની નોંધણી કરો
console-desk-appointments-title = { $date } ની એપોઇન્ટમેન્ટ
console-desk-appointments-saved = { $time } વાગ્યે સાચવેલી યાદી: નેટવર્ક બંધ છે, તેથી તે જૂની હોઈ શકે છે.
console-desk-appointments-search = નામ અથવા સંદર્ભ નંબર દ્વારા શોધો
console-desk-appointments-none = આજે અહીં કોઈ એપોઇન્ટમેન્ટ બુક થયેલી નથી.
console-desk-appointments-no-match = આજની યાદીમાં આ શોધ સાથે કોઈ મેળ ખાતું નથી.
console-desk-appointment-open = { $name } ની ચકાસણી કરો, સ્લોટ { $slot }
console-desk-appointment-line = જન્મ { $year } · { $slot }
console-desk-appointment-dose = { $vaccine } રસીનો ડોઝ { $dose }
console-desk-appointment-missing = આ એપોઇન્ટમેન્ટ આ કેન્દ્રની આજની યાદીમાં નથી.
console-desk-back-to-list = આજની યાદી પર પાછા જાઓ

## Verification
console-desk-verify-title = એપોઇન્ટમેન્ટની ચકાસણી કરો
console-desk-code-label = સુરક્ષા કોડ
console-desk-code-hint = તેમની એપોઇન્ટમેન્ટ સ્લિપ પર છપાયેલા 4 અંક.
console-desk-code-invalid = સુરક્ષા કોડના 4 અંક દાખલ કરો.
console-desk-code-submit = ચકાસો
console-desk-code-offline-title = નેટવર્ક નથી: કોડ ચકાસી શકાતો નથી
console-desk-code-offline-text = તેમની એપોઇન્ટમેન્ટ સ્લિપ અને તેમનું ઓળખપત્ર જાતે ચકાસો. ડોઝ મોકલવામાં આવશે ત્યારે સર્વર તેની ચકાસણી કરશે.
console-desk-code-offline-confirm = મેં તેમના દસ્તાવેજો ચકાસ્યા છે
console-desk-checked-by-eye = નેટવર્ક વિના આપે ચકાસ્યું: ડોઝ મોકલવામાં આવશે ત્યારે સર્વર તેની ચકાસણી કરશે.
console-desk-document-title = ઓળખપત્ર દ્વારા શોધો
console-desk-document-type = ઓળખપત્ર
console-desk-document-number = ઓળખપત્ર નંબર
console-desk-document-number-missing = ઓળખપત્ર નંબર દાખલ કરો.
console-desk-document-submit = શોધો
console-desk-document-not-found = મળ્યું નથી
console-desk-document-offline-title = નેટવર્ક નથી
console-desk-document-offline-text = કોઈ વ્યક્તિને તેમના ઓળખપત્ર દ્વારા ફક્ત ઓનલાઇન હોય ત્યારે જ શોધી શકાય છે. જો તેમની નોંધણી હજુ થઈ ન હોય, તો એપોઇન્ટમેન્ટ વિના આવેલી વ્યક્તિ તરીકે તેમની નોંધણી કરો: નોંધણી તેમના ડોઝ સાથે નેટવર્કની રાહ જોશે.

## The person
console-desk-person-born = જન્મ વર્ષ { $year }
console-desk-person-reference = સંદર્ભ નંબર { $reference }
console-desk-person-not-registered = નેટવર્ક પાછું આવશે ત્યારે નોંધણી થશે
console-desk-person-no-doses = હજુ સુધી કોઈ ડોઝ નથી
console-desk-person-doses = અત્યાર સુધીના ડોઝ
console-desk-person-dose-line = ડોઝ { $dose }: { $vaccine }, { $date }

## Walk-ins
console-desk-walk-in-title = એપોઇન્ટમેન્ટ વિના આવેલી વ્યક્તિની નોંધણી કરો
console-desk-walk-in-name = પૂરું નામ (ઓળખપત્ર પર હોય તે મુજબ)
console-desk-walk-in-name-missing = તેમનું નામ દાખલ કરો.
console-desk-walk-in-birth-year = જન્મ વર્ષ
console-desk-walk-in-birth-year-invalid = 1980 જેવું જન્મ વર્ષ દાખલ કરો.
console-desk-walk-in-gender = લિંગ
console-desk-walk-in-mobile = મોબાઇલ નંબર
console-desk-walk-in-mobile-hint = તેમનું ખાતું આ નંબરનું રહેશે; નવું હોય તો બનાવવામાં આવશે.
console-desk-walk-in-mobile-invalid = મોબાઇલ નંબર દાખલ કરો.
console-desk-walk-in-submit = નોંધણી કરો અને આગળ વધો
console-desk-walk-in-refused = નોંધણી થઈ નથી
console-desk-walk-in-registered = નોંધણી થઈ ગઈ.
console-desk-walk-in-found = પહેલેથી નોંધાયેલા: તેમના ઓળખપત્ર દ્વારા મળી આવ્યા.
console-desk-walk-in-offline = નેટવર્ક નથી: નેટવર્ક પાછું આવશે ત્યારે, તેમનો ડોઝ મોકલાય તેની બરાબર પહેલાં, તેમની નોંધણી થશે.

## Recording a dose
console-desk-record-form = ડોઝ નોંધો
console-desk-record-vaccine = રસી
console-desk-record-dose = ડોઝ
console-desk-record-dose-option = ડોઝ { $dose }
console-desk-record-batch = બેચ નંબર
console-desk-record-batch-hint = આ કેન્દ્ર પર આજના દિવસ માટે યાદ રાખવામાં આવે છે.
console-desk-record-batch-missing = શીશીનો બેચ નંબર દાખલ કરો.
console-desk-record-no-vaccine = આજે આ કેન્દ્રના કોઈ પણ સત્રમાં રસી આપવામાં આવતી નથી. આપના કેન્દ્ર વ્યવસ્થાપકને આજનું સત્ર પ્રકાશિત કરવા કહો.
console-desk-record-submit = { $vaccine } રસીનો ડોઝ { $dose } નોંધો
console-desk-outcome-recorded = { $name } માટે { $vaccine } રસીનો ડોઝ { $dose } નોંધાયો.
console-desk-outcome-queued = { $name } માટે { $vaccine } રસીનો ડોઝ { $dose } આ ડિવાઇસ પર સાચવ્યો.
console-desk-outcome-queued-text = નેટવર્ક પાછું આવતાં જ તે મોકલવામાં આવશે.
console-desk-outcome-duplicate = { $name } માટે { $vaccine } રસીનો ડોઝ { $dose } પહેલેથી નોંધાયેલો હતો: તે એક જ વાર ગણાય છે.
console-desk-outcome-refused = { $name } માટે { $vaccine } રસીનો ડોઝ { $dose } નોંધાયો નથી.
console-desk-outcome-already-queued = { $name } માટે { $vaccine } રસીનો ડોઝ { $dose } પહેલેથી આ ડિવાઇસ પર છે: તે એક જ વાર ગણાય છે.
console-desk-outcome-change = બદલો અને ફરીથી નોંધો
console-desk-outcome-next = આગલી વ્યક્તિ

## Doses on this device
console-desk-queue-title = આ ડિવાઇસ પરના ડોઝ
console-desk-queue-last-sync = છેલ્લે { $time } વાગ્યે મોકલ્યા.
console-desk-queue-pending-title = { $count ->
    [one] મોકલવાના બાકી ({ $count })
   *[other] મોકલવાના બાકી ({ $count })
}
console-desk-queue-pending-none = કંઈ બાકી નથી: અહીં નોંધાયેલો દરેક ડોઝ સર્વર સુધી પહોંચી ગયો છે.
console-desk-queue-settled-title = આજે મોકલેલા
console-desk-queue-settled-none = આજે આ ડિવાઇસ પરથી હજુ સુધી કોઈ ડોઝ મોકલવામાં આવ્યો નથી.
console-desk-queue-entry-dose = { $vaccine } રસીનો ડોઝ { $dose }, બેચ { $batch }, સમય { $time }
console-desk-queue-entry-walk-in = એપોઇન્ટમેન્ટ વિના આવેલી વ્યક્તિ: ડોઝ મોકલાય તેની બરાબર પહેલાં નોંધણી થશે.
console-desk-queue-entry-attempts = { $count ->
    [one] સર્વર સુધી પહોંચ્યા વિના { $count } વખત પ્રયાસ કર્યો.
   *[other] સર્વર સુધી પહોંચ્યા વિના { $count } વખત પ્રયાસ કર્યો.
}
console-desk-queue-dismiss = યાદીમાંથી દૂર કરો
console-desk-queue-dismiss-label = { $name } ને યાદીમાંથી દૂર કરો
console-desk-status-pending = રાહ જોવાય છે
console-desk-status-recorded = નોંધાયેલો
console-desk-status-duplicate = પહેલેથી નોંધાયેલો
console-desk-status-refused = નકારાયેલો
