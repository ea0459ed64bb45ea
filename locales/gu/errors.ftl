# Gujarati (ગુજરાતી) — errors.ftl
error-tenant-not-found = આ સરનામે કોઈ પણ દેશની રસીકરણ સેવા ઉપલબ્ધ નથી.
error-tenant-suspended = આ દેશની રસીકરણ સેવા સ્થગિત છે. કૃપા કરીને આરોગ્ય મંત્રાલયનો સંપર્ક કરો.
error-not-found = વિનંતી કરેલું સંસાધન અસ્તિત્વમાં નથી.
error-method-not-allowed = આ સંસાધન પર આ પદ્ધતિની મંજૂરી નથી.
error-invalid-parameter = પેરામીટર “{ $name }” ખૂટે છે અથવા માન્ય નથી.
error-invalid-body = વિનંતીનો મુખ્ય ભાગ માન્ય નથી.
error-payload-too-large = વિનંતી ખૂબ મોટી છે.
error-unsupported-media-type = વિનંતી JSON સ્વરૂપે મોકલવી જરૂરી છે.
error-internal = અમારી બાજુએ કંઈક ખોટું થયું. કૃપા કરીને પછીથી ફરી પ્રયાસ કરો.
error-unavailable = સેવા હંગામી ધોરણે ઉપલબ્ધ નથી. કૃપા કરીને થોડી વારમાં ફરી પ્રયાસ કરો.
error-rate-limited = ઘણી બધી વિનંતીઓ. કૃપા કરીને { $seconds } સેકન્ડ પછી ફરી પ્રયાસ કરો.
error-tenant-config-invalid = ટેનન્ટ કન્ફિગરેશન માન્ય નથી: { $reason }
error-confirmation-mismatch = પુષ્ટિ કરવા માટે, દેશ કોડ { $code } ને “confirm” તરીકે મોકલો.
error-configuration-changed = આપે કન્ફિગરેશન ખોલ્યા પછી બીજા કોઈએ તેમાં ફેરફાર કર્યો છે (હવે સંસ્કરણ { $version }). તેને ફરીથી લોડ કરો અને આપનો ફેરફાર ફરીથી કરો.
error-tenant-on-other-cluster = આ દેશનો ડેટા { $cluster } ડેટાબેઝ ક્લસ્ટર પર છે. નિકાસ કરતા અથવા દૂર કરતા પહેલાં તેને “main” ક્લસ્ટર પર ખસેડો.
