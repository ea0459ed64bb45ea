# Kiswahili — console-desk.ftl: dawati la mchanjaji kwenye dashibodi ya usimamizi (orodha ya leo, uthibitishaji, waliofika bila miadi, dozi, foleni ya nje ya mtandao)

console-nav-desk = Dawati la mchanjaji
console-nav-desk-queue = Dozi kwenye kifaa hiki
console-desk-title = Dawati la mchanjaji

## Connection and queue
console-desk-online = Mtandaoni
console-desk-offline = Nje ya mtandao
console-desk-offline-explain = Dozi unazorekodi huhifadhiwa kwenye kifaa hiki na hutumwa mara tu mtandao unaporudi.
console-desk-pending-count = { $count ->
    [0] Hakuna dozi zinazosubiri kutumwa
    [one] Dozi 1 inasubiri kutumwa
   *[other] Dozi { $count } zinasubiri kutumwa
}
console-desk-queue-open = Tazama dozi
console-desk-sync-now = Tuma sasa
console-desk-sync-title = Dozi zilizotumwa
console-desk-sync-result = Zimerekodiwa: { $recorded }. Zilikuwa zimerekodiwa tayari: { $duplicate }. Zimekataliwa: { $refused }.
console-desk-sync-unreachable = Seva haikuweza kufikiwa; dozi zinabaki kwenye kifaa hiki na zitatumwa baadaye.
console-desk-sync-still-pending = { $count ->
    [one] Dozi 1 bado inasubiri.
   *[other] Dozi { $count } bado zinasubiri.
}
console-desk-sync-other-staff = Dozi hizi zilirekodiwa na mfanyakazi mwingine kwenye kifaa hiki: zitatumwa mtu huyo atakapoingia hapa tena.
console-desk-sync-nothing = Hakuna kilichokuwa kikisubiri kutumwa.
console-desk-storage-failed-title = Kivinjari hiki hakiwezi kuhifadhi kazi ya dawati
console-desk-storage-failed-text = Dawati linahitaji hifadhi ya kivinjari (IndexedDB) ili kuhifadhi dozi mtandao unapokatika. Ondoka kwenye hali ya kuvinjari faraghani, au tumia kivinjari kingine.
console-desk-no-facility-title = Hakuna kituo
console-desk-no-facility-text = Hujapangiwa kituo chochote kinachofanya kazi. Muombe msimamizi wa kaunti ndogo akuongeze kwenye kituo.

## Today's list
console-desk-facility-label = Kituo
console-desk-facility-at = Kituo: { $facility }
console-desk-verify-document = Tafuta kwa kitambulisho
console-desk-walk-in = Sajili aliyefika bila miadi
console-desk-appointments-title = Miadi ya tarehe { $date }
console-desk-appointments-saved = Orodha iliyohifadhiwa saa { $time }: mtandao haupo, kwa hivyo huenda imepitwa na wakati.
console-desk-appointments-search = Tafuta kwa jina au nambari ya kumbukumbu
console-desk-appointments-none = Hakuna miadi iliyowekwa hapa kwa leo.
console-desk-appointments-no-match = Hakuna mtu kwenye orodha ya leo anayelingana na utafutaji huu.
console-desk-appointment-open = Thibitisha { $name }, nafasi ya muda { $slot }
console-desk-appointment-line = Alizaliwa { $year } · { $slot }
console-desk-appointment-dose = Dozi ya { $dose } ya { $vaccine }
console-desk-appointment-missing = Miadi hii haiko kwenye orodha ya leo ya kituo hiki.
console-desk-back-to-list = Rudi kwenye orodha ya leo

## Verification
console-desk-verify-title = Thibitisha miadi
console-desk-code-label = Nambari ya usalama
console-desk-code-hint = Tarakimu 4 zilizochapishwa kwenye stakabadhi yake ya miadi.
console-desk-code-invalid = Ingiza tarakimu 4 za nambari ya usalama.
console-desk-code-submit = Thibitisha
console-desk-code-offline-title = Hakuna mtandao: nambari haiwezi kuthibitishwa
console-desk-code-offline-text = Kagua mwenyewe stakabadhi yake ya miadi na kitambulisho chake. Seva itakagua dozi itakapotumwa.
console-desk-code-offline-confirm = Nimekagua hati zake
console-desk-checked-by-eye = Umekagua mwenyewe bila mtandao: seva itakagua dozi itakapotumwa.
console-desk-document-title = Tafuta kwa kitambulisho
console-desk-document-type = Kitambulisho
console-desk-document-number = Nambari ya kitambulisho
console-desk-document-number-missing = Ingiza nambari ya kitambulisho.
console-desk-document-submit = Tafuta
console-desk-document-not-found = Hakupatikana
console-desk-document-offline-title = Hakuna mtandao
console-desk-document-offline-text = Mtu anaweza kutafutwa kwa kitambulisho chake ukiwa mtandaoni tu. Ikiwa bado hajasajiliwa, msajili kama aliyefika bila miadi: usajili utasubiri mtandao pamoja na dozi yake.

## The person
console-desk-person-born = Alizaliwa mwaka { $year }
console-desk-person-reference = Nambari ya kumbukumbu { $reference }
console-desk-person-not-registered = Atasajiliwa mtandao utakaporudi
console-desk-person-no-doses = Bado hajapata dozi
console-desk-person-doses = Dozi alizopata hadi sasa
console-desk-person-dose-line = Dozi ya { $dose }: { $vaccine }, { $date }

## Walk-ins
console-desk-walk-in-title = Sajili aliyefika bila miadi
console-desk-walk-in-name = Jina kamili (kama lilivyo kwenye kitambulisho)
console-desk-walk-in-name-missing = Ingiza jina lake.
console-desk-walk-in-birth-year = Mwaka wa kuzaliwa
console-desk-walk-in-birth-year-invalid = Ingiza mwaka wa kuzaliwa, kwa mfano 1980.
console-desk-walk-in-gender = Jinsia
console-desk-walk-in-mobile = Nambari ya simu
console-desk-walk-in-mobile-hint = Akaunti yake ni ya nambari hii; itafunguliwa ikiwa ni mpya.
console-desk-walk-in-mobile-invalid = Ingiza nambari ya simu.
console-desk-walk-in-submit = Sajili na uendelee
console-desk-walk-in-refused = Hajasajiliwa
console-desk-walk-in-registered = Amesajiliwa.
console-desk-walk-in-found = Tayari amesajiliwa: amepatikana kwa kitambulisho chake.
console-desk-walk-in-offline = Hakuna mtandao: atasajiliwa mtandao utakaporudi, kabla tu ya dozi yake kutumwa.

## Recording a dose
console-desk-record-form = Rekodi dozi
console-desk-record-vaccine = Chanjo
console-desk-record-dose = Dozi
console-desk-record-dose-option = Dozi ya { $dose }
console-desk-record-batch = Nambari ya bechi
console-desk-record-batch-hint = Inakumbukwa kwa leo katika kituo hiki.
console-desk-record-batch-missing = Ingiza nambari ya bechi ya chupa ya chanjo.
console-desk-record-no-vaccine = Hakuna kipindi cha kituo hiki leo kinachotoa chanjo. Muombe msimamizi wa kituo chako achapishe kipindi cha leo.
console-desk-record-submit = Rekodi dozi ya { $dose } ya { $vaccine }
console-desk-outcome-recorded = Dozi ya { $dose } ya { $vaccine } imerekodiwa kwa { $name }.
console-desk-outcome-queued = Dozi ya { $dose } ya { $vaccine } kwa { $name } imehifadhiwa kwenye kifaa hiki.
console-desk-outcome-queued-text = Itatumwa mara tu mtandao utakaporudi.
console-desk-outcome-duplicate = Dozi ya { $dose } ya { $vaccine } kwa { $name } ilikuwa imerekodiwa tayari: inahesabiwa mara moja tu.
console-desk-outcome-refused = Dozi ya { $dose } ya { $vaccine } kwa { $name } haikurekodiwa.
console-desk-outcome-already-queued = Dozi ya { $dose } ya { $vaccine } kwa { $name } tayari iko kwenye kifaa hiki: inahesabiwa mara moja tu.
console-desk-outcome-change = Badilisha na urekodi tena
console-desk-outcome-next = Mtu anayefuata

## Doses on this device
console-desk-queue-title = Dozi kwenye kifaa hiki
console-desk-queue-last-sync = Zilitumwa mara ya mwisho saa { $time }.
console-desk-queue-pending-title = { $count ->
    [one] Inasubiri kutumwa (1)
   *[other] Zinasubiri kutumwa ({ $count })
}
console-desk-queue-pending-none = Hakuna kinachosubiri: kila dozi iliyorekodiwa hapa imefika kwenye seva.
console-desk-queue-settled-title = Zilizotumwa leo
console-desk-queue-settled-none = Bado hakuna dozi zilizotumwa kutoka kifaa hiki leo.
console-desk-queue-entry-dose = Dozi ya { $dose } ya { $vaccine }, bechi { $batch }, saa { $time }
console-desk-queue-entry-walk-in = Aliyefika bila miadi: atasajiliwa kabla tu ya dozi kutumwa.
console-desk-queue-entry-attempts = { $count ->
    [one] Imejaribiwa mara moja bila kufika kwenye seva.
   *[other] Imejaribiwa mara { $count } bila kufika kwenye seva.
}
console-desk-queue-dismiss = Ondoa kwenye orodha
console-desk-queue-dismiss-label = Mwondoe { $name } kwenye orodha
console-desk-status-pending = Inasubiri
console-desk-status-recorded = Imerekodiwa
console-desk-status-duplicate = Ilirekodiwa tayari
console-desk-status-refused = Imekataliwa
