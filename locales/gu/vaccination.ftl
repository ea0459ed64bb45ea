# Gujarati (ગુજરાતી) — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = સુરક્ષા કોડ અથવા ઓળખપત્ર આ કેન્દ્ર પર બુક થયેલા કોઈ પણ લાભાર્થી સાથે મેળ ખાતું નથી.
error-dose-already-recorded = આ લાભાર્થી માટે આ ડોઝ પહેલેથી નોંધાઈ ગયો છે.
error-idempotency-key-reused = આ વિનંતી કી પહેલેથી બીજા ડોઝ રેકોર્ડ માટે વપરાઈ ગઈ છે.
error-facility-not-found = આવું કોઈ કેન્દ્ર અસ્તિત્વમાં નથી.
error-facility-managed-by-config = આ કેન્દ્ર દેશના કન્ફિગરેશનમાં નિર્ધારિત છે; તેમાં ફેરફાર ત્યાં જ કરો.
error-session-exists = આ કેન્દ્ર પર તે દિવસે આ રસીનું સત્ર પહેલેથી છે.
error-capacity-below-booked = ક્ષમતા પહેલેથી બુક થયેલી જગ્યાઓ કરતાં ઓછી કરી શકાતી નથી.
error-session-has-bookings = આ સત્રમાં લોકોએ બુકિંગ કર્યું છે: તેનો દિવસ, વય અને બુક થયેલા સ્લોટ બદલી શકાતા નથી. સ્લોટ ઉમેરો, અથવા બીજું સત્ર પ્રકાશિત કરો.
error-request-decided = આ વિનંતી પર પહેલેથી નિર્ણય લેવાઈ ગયો છે.
