# Kiswahili — citizens.ftl: makosa ya kuingia, usajili na kuweka miadi
error-unauthenticated = Tafadhali ingia tena: kipindi chako cha kuingia hakipo au kimeisha muda.
error-invalid-mobile = Nambari hii ya simu si sahihi.
error-otp-invalid = OTP uliyoingiza si sahihi.
error-otp-expired = OTP hii imeisha muda au tayari imetumika. Tafadhali omba mpya.
error-otp-attempts-exceeded = Umejaribu vibaya mara nyingi mno. Tafadhali omba OTP mpya.
error-otp-delivery-failed = Hatukuweza kutuma OTP kwa sasa. Tafadhali jaribu tena baada ya dakika chache.
error-invalid-id-document = Nambari ya { $document } si sahihi.
error-id-document-registered = Kitambulisho hiki tayari kimesajiliwa.
error-member-limit-reached = Nambari hii ya simu tayari ina idadi ya juu ya wanafamilia { $limit }.
error-beneficiary-not-found = Hakuna mnufaika kama huyo aliyesajiliwa kwa nambari hii ya simu.
error-beneficiary-vaccinated = Mnufaika ambaye amepata dozi hawezi kufutwa.
error-session-not-found = Kipindi hiki cha chanjo hakipo.
error-session-closed = Uwekaji wa miadi kwa kipindi hiki umefungwa.
error-slot-not-offered = Nafasi ya muda uliyochagua haitolewi katika kipindi hiki.
error-no-capacity = Kipindi hiki hakina tena nafasi za dozi hii.
error-age-not-eligible = Kipindi hiki hakiko wazi kwa kundi la umri la mnufaika.
error-dose-out-of-order = Miadi ya dozi hii haiwezi kuwekwa kabla ya dozi zilizotangulia kurekodiwa.
error-dose-too-early = Miadi ya dozi inayofuata inaweza kuwekwa kuanzia { $date }.
error-vaccine-mismatch = Dozi hii lazima iwe ya chanjo ile ile kama dozi zilizotangulia ({ $vaccine }).
error-already-booked = Mnufaika tayari ana miadi ya dozi hii.
error-appointment-not-found = Hakuna miadi kama hiyo kwenye akaunti hii.
error-appointment-completed = Miadi hii imekamilika na haiwezi kubadilishwa.
otp-message = Nambari yako ya uthibitisho ya CoWIN ni { $otp }. Ni halali kwa dakika { $minutes }. Usiwahi kumpa mtu yeyote.
otp-email-subject = Nambari yako ya uthibitisho ya CoWIN
dose-reminder-sms = CoWIN: dozi ya { $dose } kwa { $name } inaweza kupatikana kuanzia { $date }. Weka miadi kwenye { $link }
dose-reminder-subject = Wakati wa dozi ya { $dose } kwa { $name } umefika
dose-reminder-body =
    Mpendwa { $name },
    kwa mujibu wa kanuni za chanjo zinazotumika, dozi ya { $dose } inaweza kupatikana kuanzia { $date }.
    Weka miadi kwenye { $link } (ingia kwa nambari ya simu ya akaunti).
error-invalid-passport = Hii si nambari ya pasipoti: andika nambari iliyochapishwa kwenye ukurasa wa picha wa pasipoti (herufi na tarakimu 5 hadi 9).
