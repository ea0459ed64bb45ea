# Gujarati (ગુજરાતી) — staff.ftl: messages of staff accounts and access control
error-staff-login-failed = ઈ-મેલ સરનામું અથવા પાસવર્ડ સાચો નથી, અથવા ખાતું નિષ્ક્રિય કરેલું છે.
error-forbidden = આપની ભૂમિકા અહીં આ ક્રિયાની મંજૂરી આપતી નથી.
error-csrf-rejected = આ વિનંતી આ સાઇટનાં પોતાનાં પેજ પરથી આવી નથી. પેજ ફરીથી લોડ કરો અને ફરી પ્રયાસ કરો.
error-invitation-invalid = આ આમંત્રણ માન્ય નથી: તે પહેલેથી વપરાઈ ગયું છે અથવા તેની મુદત પૂરી થઈ ગઈ છે.
error-weak-password = ઓછામાં ઓછા { $length } અક્ષરોનો પાસવર્ડ પસંદ કરો.
error-staff-not-found = આ દેશની સેવામાં આવા કોઈ કર્મચારી અસ્તિત્વમાં નથી.
error-mail-delivery-failed = અમે હમણાં ઈ-મેલ મોકલી શક્યા નથી. કૃપા કરીને થોડી મિનિટો પછી ફરી પ્રયાસ કરો.
error-staff-email-registered = આ ઈ-મેલ સરનામું ધરાવતા કર્મચારી પહેલેથી અસ્તિત્વમાં છે.
staff-invitation-subject = { $country } દેશની CoWIN રસીકરણ સેવા માટે આપનું આમંત્રણ
staff-invitation-body = { $name }, આપને { $country } દેશની CoWIN રસીકરણ સેવામાં “{ $role }” ની ભૂમિકા માટે આમંત્રિત કરવામાં આવ્યા છે. આપનો પાસવર્ડ સેટ કરવા માટે, { $days } દિવસની અંદર આ કોડનો ઉપયોગ કરો: { $token }
