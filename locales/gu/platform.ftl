# Gujarati (ગુજરાતી) — platform.ftl
platform-attribution = CoWIN — ભારત સરકારના રાષ્ટ્રીય આરોગ્ય સત્તામંડળ દ્વારા નિઃશુલ્ક પ્રદાન; વેચાણ માટે નથી.
platform-name = CoWIN Global
tenant-welcome = { $country } દેશની રસીકરણ સેવા
