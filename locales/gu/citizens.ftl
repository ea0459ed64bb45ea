# Gujarati (ગુજરાતી) — citizens.ftl: errors of login, registration and booking
error-unauthenticated = કૃપા કરીને ફરીથી સાઇન ઇન કરો: આપનું સત્ર ઉપલબ્ધ નથી અથવા તેની મુદત પૂરી થઈ ગઈ છે.
error-invalid-mobile = આ મોબાઇલ નંબર માન્ય નથી.
error-otp-invalid = આપે દાખલ કરેલો ઓટીપી સાચો નથી.
error-otp-expired = આ ઓટીપીની મુદત પૂરી થઈ ગઈ છે અથવા તે પહેલેથી વપરાઈ ગયો છે. કૃપા કરીને નવો ઓટીપી મંગાવો.
error-otp-attempts-exceeded = ઘણા બધા ખોટા પ્રયાસો થયા. કૃપા કરીને નવો ઓટીપી મંગાવો.
error-otp-delivery-failed = અમે હમણાં ઓટીપી મોકલી શક્યા નથી. કૃપા કરીને થોડી મિનિટો પછી ફરી પ્રયાસ કરો.
error-invalid-id-document = { $document } નંબર માન્ય નથી.
error-id-document-registered = આ ઓળખપત્ર પહેલેથી નોંધાયેલું છે.
error-member-limit-reached = આ મોબાઇલ નંબર પર પહેલેથી જ વધુમાં વધુ { $limit } સભ્યો નોંધાયેલા છે.
error-beneficiary-not-found = આ મોબાઇલ નંબર સાથે આવા કોઈ લાભાર્થી નોંધાયેલા નથી.
error-beneficiary-vaccinated = જે લાભાર્થીને ડોઝ આપવામાં આવ્યો છે તેમને દૂર કરી શકાતા નથી.
error-session-not-found = આ રસીકરણ સત્ર અસ્તિત્વમાં નથી.
error-session-closed = આ સત્ર માટે બુકિંગ બંધ થઈ ગયું છે.
error-slot-not-offered = પસંદ કરેલો સમય સ્લોટ આ સત્રમાં ઉપલબ્ધ નથી.
error-no-capacity = આ સત્રમાં આ ડોઝ માટે હવે કોઈ રસી બાકી નથી.
error-age-not-eligible = આ સત્ર લાભાર્થીના વય જૂથ માટે ખુલ્લું નથી.
error-dose-out-of-order = અગાઉના ડોઝ નોંધાય તે પહેલાં આ ડોઝ બુક કરી શકાતો નથી.
error-dose-too-early = આગામી ડોઝ { $date } થી બુક કરી શકાશે.
error-vaccine-mismatch = આ ડોઝ અગાઉના ડોઝ જેવી જ રસી ({ $vaccine }) નો હોવો જોઈએ.
error-already-booked = આ ડોઝ માટે લાભાર્થીની એપોઇન્ટમેન્ટ પહેલેથી બુક થયેલી છે.
error-appointment-not-found = આ ખાતામાં આવી કોઈ એપોઇન્ટમેન્ટ અસ્તિત્વમાં નથી.
error-appointment-completed = આ એપોઇન્ટમેન્ટ પૂર્ણ થઈ ગઈ છે અને તેમાં ફેરફાર કરી શકાતો નથી.
otp-message = આપનો CoWIN ઓટીપી { $otp } છે. તે { $minutes } મિનિટ માટે માન્ય છે. તેને ક્યારેય કોઈની સાથે શેર કરશો નહીં.
otp-email-subject = આપનો CoWIN ઓટીપી
dose-reminder-sms = CoWIN: { $name } { $date } થી ડોઝ { $dose } લઈ શકે છે. સ્લોટ બુક કરો: { $link }
dose-reminder-subject = { $name } માટે ડોઝ { $dose } લેવાનો સમય થઈ ગયો છે
dose-reminder-body =
    પ્રિય { $name },
    અમલમાં રહેલા રસીકરણ નિયમો મુજબ, { $date } થી ડોઝ { $dose } લઈ શકાય છે.
    { $link } પર સ્લોટ બુક કરો (ખાતાના મોબાઇલ નંબરથી સાઇન ઇન કરો).
error-invalid-passport = આ પાસપોર્ટ નંબર નથી: પાસપોર્ટના ફોટાવાળા પાના પર છપાયેલો નંબર લખો (5 થી 9 અક્ષરો અને અંકો).
