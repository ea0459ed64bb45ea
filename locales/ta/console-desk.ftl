# Tamil (தமிழ்) — console-desk.ftl: the admin console's vaccinator desk (today's list, verification, walk-ins, doses, offline queue)

console-nav-desk = தடுப்பூசி செலுத்துபவர் மேசை
console-nav-desk-queue = இந்தச் சாதனத்தில் உள்ள தவணைகள்
console-desk-title = தடுப்பூசி செலுத்துபவர் மேசை

## Connection and queue
console-desk-online = இணைப்பில் உள்ளது
console-desk-offline = இணைப்பில் இல்லை
console-desk-offline-explain = நீங்கள் பதிவு செய்யும் தவணைகள் இந்தச் சாதனத்தில் வைக்கப்பட்டு, இணைய இணைப்பு திரும்பியவுடன் அனுப்பப்படும்.
console-desk-pending-count = { $count ->
    [0] அனுப்பக் காத்திருக்கும் தவணைகள் எதுவும் இல்லை
    [one] 1 தவணை அனுப்பக் காத்திருக்கிறது
   *[other] { $count } தவணைகள் அனுப்பக் காத்திருக்கின்றன
}
console-desk-queue-open = தவணைகளைப் பார்க்கவும்
console-desk-sync-now = இப்போதே அனுப்பவும்
console-desk-sync-title = அனுப்பப்பட்ட தவணைகள்
console-desk-sync-result = பதிவு செய்யப்பட்டவை: { $recorded }. ஏற்கெனவே பதிவானவை: { $duplicate }. மறுக்கப்பட்டவை: { $refused }.
console-desk-sync-unreachable = சேவையகத்தை அணுக முடியவில்லை; தவணைகள் இந்தச் சாதனத்திலேயே இருந்து, பின்னர் அனுப்பப்படும்.
console-desk-sync-still-pending = { $count ->
    [one] 1 தவணை இன்னும் காத்திருக்கிறது.
   *[other] { $count } தவணைகள் இன்னும் காத்திருக்கின்றன.
}
console-desk-sync-other-staff = இந்தத் தவணைகளை இந்தச் சாதனத்தில் வேறொரு பணியாளர் பதிவு செய்துள்ளார்: அவர் மீண்டும் இங்கு உள்நுழையும்போது அவை அனுப்பப்படும்.
console-desk-sync-nothing = அனுப்புவதற்கு எதுவும் காத்திருக்கவில்லை.
console-desk-storage-failed-title = இந்த உலாவியால் மேசையின் பணியைச் சேமித்து வைக்க முடியாது
console-desk-storage-failed-text = இணைப்பு துண்டிக்கப்படும்போது தவணைகளை வைத்திருக்க, மேசைக்கு உலாவியின் சேமிப்பகம் (IndexedDB) தேவை. தனிப்பட்ட உலாவல் பயன்முறையிலிருந்து வெளியேறவும், அல்லது வேறொரு உலாவியைப் பயன்படுத்தவும்.
console-desk-no-facility-title = மையம் இல்லை
console-desk-no-facility-text = நீங்கள் செயலில் உள்ள எந்த மையத்திற்கும் ஒதுக்கப்படவில்லை. உங்களை ஒரு மையத்தில் சேர்க்குமாறு உங்கள் மாவட்ட நிர்வாகியிடம் கேட்கவும்.

## Today's list
console-desk-facility-label = மையம்
console-desk-facility-at = மையம்: { $facility }
console-desk-verify-document = அடையாள ஆவணம் மூலம் தேடவும்
console-desk-walk-in = முன்பதிவின்றி வந்தவரைப் பதிவு செய்யவும்
console-desk-appointments-title = { $date } அன்றைய முன்பதிவுகள்
console-desk-appointments-saved = { $time } நேரத்தில் சேமிக்கப்பட்ட பட்டியல்: இணைய இணைப்பு இல்லாததால் இது பழையதாக இருக்கலாம்.
console-desk-appointments-search = பெயர் அல்லது குறிப்பு எண் மூலம் தேடவும்
console-desk-appointments-none = இன்றைக்கு இங்கு முன்பதிவுகள் எதுவும் இல்லை.
console-desk-appointments-no-match = இன்றைய பட்டியலில் இந்தத் தேடலுடன் பொருந்துபவர் யாரும் இல்லை.
console-desk-appointment-open = சரிபார்க்கவும்: { $name }, நேர ஒதுக்கீடு { $slot }
console-desk-appointment-line = பிறந்த ஆண்டு { $year } · { $slot }
console-desk-appointment-dose = { $vaccine } தவணை { $dose }
console-desk-appointment-missing = இந்த முன்பதிவு இந்த மையத்தின் இன்றைய பட்டியலில் இல்லை.
console-desk-back-to-list = இன்றைய பட்டியலுக்குத் திரும்பவும்

## Verification
console-desk-verify-title = முன்பதிவைச் சரிபார்க்கவும்
console-desk-code-label = பாதுகாப்புக் குறியீடு
console-desk-code-hint = அவர்களின் முன்பதிவுச் சீட்டில் அச்சிடப்பட்டுள்ள 4 இலக்கங்கள்.
console-desk-code-invalid = பாதுகாப்புக் குறியீட்டின் 4 இலக்கங்களை உள்ளிடவும்.
console-desk-code-submit = சரிபார்க்கவும்
console-desk-code-offline-title = இணைய இணைப்பு இல்லை: குறியீட்டைச் சரிபார்க்க முடியாது
console-desk-code-offline-text = அவர்களின் முன்பதிவுச் சீட்டையும் அடையாள ஆவணத்தையும் நீங்களே சரிபார்க்கவும். தவணை அனுப்பப்படும்போது சேவையகம் அதைச் சரிபார்க்கும்.
console-desk-code-offline-confirm = அவர்களின் ஆவணங்களைச் சரிபார்த்துவிட்டேன்
console-desk-checked-by-eye = இணைய இணைப்பின்றி நீங்களே சரிபார்த்தது: தவணை அனுப்பப்படும்போது சேவையகம் அதைச் சரிபார்க்கும்.
console-desk-document-title = அடையாள ஆவணம் மூலம் தேடவும்
console-desk-document-type = அடையாள ஆவணம்
console-desk-document-number = ஆவண எண்
console-desk-document-number-missing = ஆவண எண்ணை உள்ளிடவும்.
console-desk-document-submit = தேடவும்
console-desk-document-not-found = கிடைக்கவில்லை
console-desk-document-offline-title = இணைய இணைப்பு இல்லை
console-desk-document-offline-text = இணைப்பில் இருக்கும்போது மட்டுமே ஒருவரை அவரது ஆவணம் மூலம் தேட முடியும். அவர் இன்னும் பதிவு செய்யப்படவில்லை என்றால், முன்பதிவின்றி வந்தவராகப் பதிவு செய்யவும்: அவரது பதிவு, தவணையுடன் சேர்ந்து இணைய இணைப்புக்காகக் காத்திருக்கும்.

## The person
console-desk-person-born = பிறந்த ஆண்டு { $year }
console-desk-person-reference = குறிப்பு எண் { $reference }
console-desk-person-not-registered = இணைய இணைப்பு திரும்பியதும் பதிவு செய்யப்படும்
console-desk-person-no-doses = இதுவரை தவணைகள் இல்லை
console-desk-person-doses = இதுவரை செலுத்திய தவணைகள்
console-desk-person-dose-line = தவணை { $dose }: { $vaccine }, { $date }

## Walk-ins
console-desk-walk-in-title = முன்பதிவின்றி வந்தவரைப் பதிவு செய்யவும்
console-desk-walk-in-name = முழுப் பெயர் (ஆவணத்தில் உள்ளபடி)
console-desk-walk-in-name-missing = அவரது பெயரை உள்ளிடவும்.
console-desk-walk-in-birth-year = பிறந்த ஆண்டு
console-desk-walk-in-birth-year-invalid = 1980 போன்ற பிறந்த ஆண்டை உள்ளிடவும்.
console-desk-walk-in-gender = பாலினம்
console-desk-walk-in-mobile = மொபைல் எண்
console-desk-walk-in-mobile-hint = அவரது கணக்கு இந்த எண்ணுக்குரியது; புதிய எண் என்றால் கணக்கு உருவாக்கப்படும்.
console-desk-walk-in-mobile-invalid = மொபைல் எண்ணை உள்ளிடவும்.
console-desk-walk-in-submit = பதிவு செய்து தொடரவும்
console-desk-walk-in-refused = பதிவு செய்யப்படவில்லை
console-desk-walk-in-registered = பதிவு செய்யப்பட்டது.
console-desk-walk-in-found = ஏற்கெனவே பதிவு செய்யப்பட்டுள்ளார்: அவரது அடையாள ஆவணம் மூலம் கண்டறியப்பட்டார்.
console-desk-walk-in-offline = இணைய இணைப்பு இல்லை: இணைப்பு திரும்பியதும், அவரது தவணை அனுப்பப்படுவதற்குச் சற்று முன் அவர் பதிவு செய்யப்படுவார்.

## Recording a dose
console-desk-record-form = தவணையைப் பதிவு செய்யவும்
console-desk-record-vaccine = தடுப்பூசி
console-desk-record-dose = தவணை
console-desk-record-dose-option = தவணை { $dose }
console-desk-record-batch = தொகுதி எண்
console-desk-record-batch-hint = இந்த மையத்தில் இன்றைக்கு நினைவில் வைக்கப்படும்.
console-desk-record-batch-missing = குப்பியின் தொகுதி எண்ணை உள்ளிடவும்.
console-desk-record-no-vaccine = இந்த மையத்தின் இன்றைய எந்த அமர்விலும் தடுப்பூசி வழங்கப்படவில்லை. இன்றைய அமர்வை வெளியிடுமாறு உங்கள் மைய மேலாளரிடம் கேட்கவும்.
console-desk-record-submit = { $vaccine } தவணை { $dose }-ஐப் பதிவு செய்யவும்
console-desk-outcome-recorded = { $name } அவர்களுக்கு { $vaccine } தவணை { $dose } பதிவு செய்யப்பட்டது.
console-desk-outcome-queued = { $name } அவர்களுக்கான { $vaccine } தவணை { $dose } இந்தச் சாதனத்தில் சேமிக்கப்பட்டது.
console-desk-outcome-queued-text = இணைய இணைப்பு திரும்பியவுடன் இது அனுப்பப்படும்.
console-desk-outcome-duplicate = { $name } அவர்களுக்கான { $vaccine } தவணை { $dose } ஏற்கெனவே பதிவு செய்யப்பட்டுள்ளது: இது ஒருமுறை மட்டுமே கணக்கிடப்படும்.
console-desk-outcome-refused = { $name } அவர்களுக்கான { $vaccine } தவணை { $dose } பதிவு செய்யப்படவில்லை.
console-desk-outcome-already-queued = { $name } அவர்களுக்கான { $vaccine } தவணை { $dose } ஏற்கெனவே இந்தச் சாதனத்தில் உள்ளது: இது ஒருமுறை மட்டுமே கணக்கிடப்படும்.
console-desk-outcome-change = மாற்றி மீண்டும் பதிவு செய்யவும்
console-desk-outcome-next = அடுத்த நபர்

## Doses on this device
console-desk-queue-title = இந்தச் சாதனத்தில் உள்ள தவணைகள்
console-desk-queue-last-sync = கடைசியாக அனுப்பிய நேரம்: { $time }.
console-desk-queue-pending-title = { $count ->
    [one] அனுப்பக் காத்திருப்பவை (1)
   *[other] அனுப்பக் காத்திருப்பவை ({ $count })
}
console-desk-queue-pending-none = காத்திருப்பவை எதுவும் இல்லை: இங்கு பதிவு செய்யப்பட்ட ஒவ்வொரு தவணையும் சேவையகத்தைச் சென்றடைந்துவிட்டது.
console-desk-queue-settled-title = இன்று அனுப்பப்பட்டவை
console-desk-queue-settled-none = இன்று இந்தச் சாதனத்திலிருந்து இதுவரை எந்தத் தவணையும் அனுப்பப்படவில்லை.
console-desk-queue-entry-dose = { $vaccine } தவணை { $dose }, தொகுதி { $batch }, நேரம் { $time }
console-desk-queue-entry-walk-in = முன்பதிவின்றி வந்தவர்: தவணை அனுப்பப்படுவதற்குச் சற்று முன் பதிவு செய்யப்படுவார்.
console-desk-queue-entry-attempts = { $count ->
    [one] சேவையகத்தை அடையாமல் ஒருமுறை முயற்சிக்கப்பட்டது.
   *[other] சேவையகத்தை அடையாமல் { $count } முறை முயற்சிக்கப்பட்டது.
}
console-desk-queue-dismiss = பட்டியலிலிருந்து நீக்கவும்
console-desk-queue-dismiss-label = பட்டியலிலிருந்து நீக்கவும்: { $name }
console-desk-status-pending = காத்திருக்கிறது
console-desk-status-recorded = பதிவு செய்யப்பட்டது
console-desk-status-duplicate = ஏற்கெனவே பதிவு செய்யப்பட்டது
console-desk-status-refused = மறுக்கப்பட்டது
