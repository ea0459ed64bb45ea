# Odia (ଓଡ଼ିଆ) — console-desk.ftl: ପ୍ରଶାସନିକ କନସୋଲର ଟିକାଦାତା ଡେସ୍କ (ଆଜିର ତାଲିକା, ଯାଞ୍ଚ, ବିନା ଆପଏଣ୍ଟମେଣ୍ଟରେ ଆସିଥିବା ବ୍ୟକ୍ତି, ଡୋଜ, ଅଫଲାଇନ କ୍ୟୁ)

console-nav-desk = ଟିକାଦାତା ଡେସ୍କ
console-nav-desk-queue = ଏହି ଡିଭାଇସରେ ଥିବା ଡୋଜ
console-desk-title = ଟିକାଦାତା ଡେସ୍କ

## ସଂଯୋଗ ଏବଂ କ୍ୟୁ
console-desk-online = ଅନଲାଇନ
console-desk-offline = ଅଫଲାଇନ
console-desk-offline-explain = ଆପଣ ଲିପିବଦ୍ଧ କରୁଥିବା ଡୋଜ ଏହି ଡିଭାଇସରେ ରଖାଯାଏ ଏବଂ ନେଟୱର୍କ ଫେରିବା ମାତ୍ରେ ପଠାଯାଏ।
console-desk-pending-count = { $count ->
    [0] ପଠାଇବାକୁ କୌଣସି ଡୋଜ ଅପେକ୍ଷାରେ ନାହିଁ
    [one] { $count }ଟି ଡୋଜ ପଠାଯିବା ପାଇଁ ଅପେକ୍ଷାରେ
   *[other] { $count }ଟି ଡୋଜ ପଠାଯିବା ପାଇଁ ଅପେକ୍ଷାରେ
}
console-desk-queue-open = ଡୋଜ ଦେଖନ୍ତୁ
console-desk-sync-now = ବର୍ତ୍ତମାନ ପଠାନ୍ତୁ
console-desk-sync-title = ପଠାଯାଇଥିବା ଡୋଜ
console-desk-sync-result = ଲିପିବଦ୍ଧ: { $recorded }। ପୂର୍ବରୁ ଲିପିବଦ୍ଧ: { $duplicate }। ପ୍ରତ୍ୟାଖ୍ୟାତ: { $refused }।
console-desk-sync-unreachable = ସର୍ଭର ସହ ସଂଯୋଗ ହୋଇପାରିଲା ନାହିଁ; ଡୋଜଗୁଡ଼ିକ ଏହି ଡିଭାଇସରେ ରହିବ ଏବଂ ପରେ ପଠାଯିବ।
console-desk-sync-still-pending = { $count ->
    [one] { $count }ଟି ଡୋଜ ଏବେ ବି ଅପେକ୍ଷାରେ ଅଛି।
   *[other] { $count }ଟି ଡୋଜ ଏବେ ବି ଅପେକ୍ଷାରେ ଅଛି।
}
console-desk-sync-other-staff = ଏହି ଡୋଜଗୁଡ଼ିକ ଏହି ଡିଭାଇସରେ ଅନ୍ୟ ଜଣେ କର୍ମଚାରୀ ଲିପିବଦ୍ଧ କରିଥିଲେ: ସେହି ବ୍ୟକ୍ତି ଏଠାରେ ପୁଣି ସାଇନ ଇନ କଲେ ଏଗୁଡ଼ିକ ପଠାଯିବ।
console-desk-sync-nothing = ପଠାଇବା ପାଇଁ କିଛି ଅପେକ୍ଷାରେ ନଥିଲା।
console-desk-storage-failed-title = ଏହି ବ୍ରାଉଜର ଡେସ୍କର କାମ ସଂରକ୍ଷଣ କରିପାରିବ ନାହିଁ
console-desk-storage-failed-text = ନେଟୱର୍କ ବିଚ୍ଛିନ୍ନ ହେଲେ ଡୋଜ ସଂରକ୍ଷଣ କରିବା ପାଇଁ ଡେସ୍କକୁ ବ୍ରାଉଜରର ଷ୍ଟୋରେଜ (IndexedDB) ଆବଶ୍ୟକ। ପ୍ରାଇଭେଟ ବ୍ରାଉଜିଂରୁ ବାହାରି ଆସନ୍ତୁ, କିମ୍ବା ଅନ୍ୟ ଏକ ବ୍ରାଉଜର ବ୍ୟବହାର କରନ୍ତୁ।
console-desk-no-facility-title = କୌଣସି କେନ୍ଦ୍ର ନାହିଁ
console-desk-no-facility-text = ଆପଣଙ୍କୁ କୌଣସି ସକ୍ରିୟ କେନ୍ଦ୍ରରେ ନିଯୁକ୍ତ କରାଯାଇନାହିଁ। ଆପଣଙ୍କୁ ଗୋଟିଏ କେନ୍ଦ୍ରରେ ଯୋଡ଼ିବା ପାଇଁ ଆପଣଙ୍କ ଜିଲ୍ଲା ପ୍ରଶାସକଙ୍କୁ କୁହନ୍ତୁ।

## ଆଜିର ତାଲିକା
console-desk-facility-label = କେନ୍ଦ୍ର
console-desk-facility-at = କେନ୍ଦ୍ର: { $facility }
console-desk-verify-document = ପରିଚୟପତ୍ର ଦ୍ୱାରା ଖୋଜନ୍ତୁ
console-desk-walk-in = ବିନା ଆପଏଣ୍ଟମେଣ୍ଟରେ ଆସିଥିବା ବ୍ୟକ୍ତିଙ୍କ ପଞ୍ଜୀକରଣ କରନ୍ତୁ
console-desk-appointments-title = { $date } ତାରିଖର ଆପଏଣ୍ଟମେଣ୍ଟ
console-desk-appointments-saved = { $time } ସମୟର ସଂରକ୍ଷିତ ତାଲିକା: ନେଟୱର୍କ ବନ୍ଦ ଅଛି, ତେଣୁ ଏହା ପୁରୁଣା ହୋଇଥାଇପାରେ।
console-desk-appointments-search = ନାମ କିମ୍ବା ରେଫରେନ୍ସ ଦ୍ୱାରା ଖୋଜନ୍ତୁ
console-desk-appointments-none = ଆଜି ପାଇଁ ଏଠାରେ କୌଣସି ଆପଏଣ୍ଟମେଣ୍ଟ ବୁକ ହୋଇନାହିଁ।
console-desk-appointments-no-match = ଆଜିର ତାଲିକାରେ କେହି ଏହି ଖୋଜା ସହ ମେଳ ଖାଉନାହାନ୍ତି।
console-desk-appointment-open = { $name }ଙ୍କୁ ଯାଞ୍ଚ କରନ୍ତୁ, ସ୍ଲଟ { $slot }
console-desk-appointment-line = ଜନ୍ମ { $year } · { $slot }
console-desk-appointment-dose = { $vaccine } ଟିକାର ଡୋଜ { $dose }
console-desk-appointment-missing = ଏହି ଆପଏଣ୍ଟମେଣ୍ଟ ଏହି କେନ୍ଦ୍ରର ଆଜିର ତାଲିକାରେ ନାହିଁ।
console-desk-back-to-list = ଆଜିର ତାଲିକାକୁ ଫେରନ୍ତୁ

## ଯାଞ୍ଚ
console-desk-verify-title = ଆପଏଣ୍ଟମେଣ୍ଟ ଯାଞ୍ଚ କରନ୍ତୁ
console-desk-code-label = ସୁରକ୍ଷା କୋଡ
console-desk-code-hint = ସେମାନଙ୍କ ଆପଏଣ୍ଟମେଣ୍ଟ ସ୍ଲିପରେ ଛପା ହୋଇଥିବା 4ଟି ଅଙ୍କ।
console-desk-code-invalid = ସୁରକ୍ଷା କୋଡର 4ଟି ଅଙ୍କ ଲେଖନ୍ତୁ।
console-desk-code-submit = ଯାଞ୍ଚ କରନ୍ତୁ
console-desk-code-offline-title = ନେଟୱର୍କ ନାହିଁ: କୋଡ ଯାଞ୍ଚ କରାଯାଇପାରିବ ନାହିଁ
console-desk-code-offline-text = ସେମାନଙ୍କ ଆପଏଣ୍ଟମେଣ୍ଟ ସ୍ଲିପ ଏବଂ ପରିଚୟପତ୍ର ନିଜେ ଯାଞ୍ଚ କରନ୍ତୁ। ଡୋଜ ପଠାଯିବା ସମୟରେ ସର୍ଭର ଏହାକୁ ଯାଞ୍ଚ କରେ।
console-desk-code-offline-confirm = ମୁଁ ସେମାନଙ୍କ ଦସ୍ତାବିଜ ଯାଞ୍ଚ କରିସାରିଛି
console-desk-checked-by-eye = ନେଟୱର୍କ ବିନା ଆପଣ ନିଜେ ଯାଞ୍ଚ କରିଛନ୍ତି: ଡୋଜ ପଠାଯିବା ସମୟରେ ସର୍ଭର ଏହାକୁ ଯାଞ୍ଚ କରେ।
console-desk-document-title = ପରିଚୟପତ୍ର ଦ୍ୱାରା ଖୋଜନ୍ତୁ
console-desk-document-type = ପରିଚୟପତ୍ର
console-desk-document-number = ପରିଚୟପତ୍ର ନମ୍ବର
console-desk-document-number-missing = ପରିଚୟପତ୍ର ନମ୍ବର ଲେଖନ୍ତୁ।
console-desk-document-submit = ଖୋଜନ୍ତୁ
console-desk-document-not-found = ମିଳିଲା ନାହିଁ
console-desk-document-offline-title = ନେଟୱର୍କ ନାହିଁ
console-desk-document-offline-text = କେବଳ ଅନଲାଇନ ଥିବା ସମୟରେ ଜଣେ ବ୍ୟକ୍ତିଙ୍କୁ ତାଙ୍କ ପରିଚୟପତ୍ର ଦ୍ୱାରା ଖୋଜାଯାଇପାରିବ। ଯଦି ସେ ଏପର୍ଯ୍ୟନ୍ତ ପଞ୍ଜୀକୃତ ନାହାନ୍ତି, ତାଙ୍କୁ ବିନା ଆପଏଣ୍ଟମେଣ୍ଟରେ ଆସିଥିବା ବ୍ୟକ୍ତି ଭାବେ ପଞ୍ଜୀକରଣ କରନ୍ତୁ: ପଞ୍ଜୀକରଣଟି ତାଙ୍କ ଡୋଜ ସହ ନେଟୱର୍କ ପାଇଁ ଅପେକ୍ଷା କରେ।

## ବ୍ୟକ୍ତି
console-desk-person-born = ଜନ୍ମ ବର୍ଷ { $year }
console-desk-person-reference = ରେଫରେନ୍ସ { $reference }
console-desk-person-not-registered = ନେଟୱର୍କ ଫେରିଲେ ପଞ୍ଜୀକୃତ ହେବେ
console-desk-person-no-doses = ଏପର୍ଯ୍ୟନ୍ତ କୌଣସି ଡୋଜ ନାହିଁ
console-desk-person-doses = ଏପର୍ଯ୍ୟନ୍ତ ନିଆଯାଇଥିବା ଡୋଜ
console-desk-person-dose-line = ଡୋଜ { $dose }: { $vaccine }, { $date }

## ବିନା ଆପଏଣ୍ଟମେଣ୍ଟରେ ଆସିଥିବା ବ୍ୟକ୍ତି
console-desk-walk-in-title = ବିନା ଆପଏଣ୍ଟମେଣ୍ଟରେ ଆସିଥିବା ବ୍ୟକ୍ତିଙ୍କ ପଞ୍ଜୀକରଣ କରନ୍ତୁ
console-desk-walk-in-name = ପୂରା ନାମ (ପରିଚୟପତ୍ରରେ ଥିବା ଭଳି)
console-desk-walk-in-name-missing = ତାଙ୍କ ନାମ ଲେଖନ୍ତୁ।
console-desk-walk-in-birth-year = ଜନ୍ମ ବର୍ଷ
console-desk-walk-in-birth-year-invalid = 1980 ଭଳି ଏକ ଜନ୍ମ ବର୍ଷ ଲେଖନ୍ତୁ।
console-desk-walk-in-gender = ଲିଙ୍ଗ
console-desk-walk-in-mobile = ମୋବାଇଲ ନମ୍ବର
console-desk-walk-in-mobile-hint = ତାଙ୍କ ଆକାଉଣ୍ଟ ଏହି ନମ୍ବରର ହେବ; ନୂଆ ହୋଇଥିଲେ ଏହା ତିଆରି କରାଯିବ।
console-desk-walk-in-mobile-invalid = ଏକ ମୋବାଇଲ ନମ୍ବର ଲେଖନ୍ତୁ।
console-desk-walk-in-submit = ପଞ୍ଜୀକରଣ କରି ଆଗକୁ ବଢ଼ନ୍ତୁ
console-desk-walk-in-refused = ପଞ୍ଜୀକରଣ ହୋଇନାହିଁ
console-desk-walk-in-registered = ପଞ୍ଜୀକରଣ ହୋଇଗଲା।
console-desk-walk-in-found = ପୂର୍ବରୁ ପଞ୍ଜୀକୃତ: ତାଙ୍କ ପରିଚୟପତ୍ର ଦ୍ୱାରା ମିଳିଲେ।
console-desk-walk-in-offline = ନେଟୱର୍କ ନାହିଁ: ନେଟୱର୍କ ଫେରିଲେ, ତାଙ୍କ ଡୋଜ ପଠାଯିବାର ଠିକ୍ ପୂର୍ବରୁ, ତାଙ୍କର ପଞ୍ଜୀକରଣ ହେବ।

## ଡୋଜ ଲିପିବଦ୍ଧ କରିବା
console-desk-record-form = ଡୋଜ ଲିପିବଦ୍ଧ କରନ୍ତୁ
console-desk-record-vaccine = ଟିକା
console-desk-record-dose = ଡୋଜ
console-desk-record-dose-option = ଡୋଜ { $dose }
console-desk-record-batch = ବ୍ୟାଚ ନମ୍ବର
console-desk-record-batch-hint = ଆଜି ପାଇଁ ଏହି କେନ୍ଦ୍ରରେ ମନେ ରଖାଯାଏ।
console-desk-record-batch-missing = ଭାଏଲର ବ୍ୟାଚ ନମ୍ବର ଲେଖନ୍ତୁ।
console-desk-record-no-vaccine = ଆଜି ଏହି କେନ୍ଦ୍ରର କୌଣସି ସେସନରେ ଟିକା ଦିଆଯାଉନାହିଁ। ଆଜିର ସେସନ ପ୍ରକାଶ କରିବା ପାଇଁ ଆପଣଙ୍କ କେନ୍ଦ୍ର ପରିଚାଳକଙ୍କୁ କୁହନ୍ତୁ।
console-desk-record-submit = { $vaccine } ଟିକାର ଡୋଜ { $dose } ଲିପିବଦ୍ଧ କରନ୍ତୁ
console-desk-outcome-recorded = { $name }ଙ୍କ ପାଇଁ { $vaccine } ଟିକାର ଡୋଜ { $dose } ଲିପିବଦ୍ଧ ହେଲା।
console-desk-outcome-queued = { $name }ଙ୍କ ପାଇଁ { $vaccine } ଟିକାର ଡୋଜ { $dose } ଏହି ଡିଭାଇସରେ ସଂରକ୍ଷିତ ହେଲା।
console-desk-outcome-queued-text = ନେଟୱର୍କ ଫେରିବା ମାତ୍ରେ ଏହା ପଠାଯିବ।
console-desk-outcome-duplicate = { $name }ଙ୍କ ପାଇଁ { $vaccine } ଟିକାର ଡୋଜ { $dose } ପୂର୍ବରୁ ଲିପିବଦ୍ଧ ହୋଇସାରିଥିଲା: ଏହା ଥରେ ହିଁ ଗଣାଯାଏ।
console-desk-outcome-refused = { $name }ଙ୍କ ପାଇଁ { $vaccine } ଟିକାର ଡୋଜ { $dose } ଲିପିବଦ୍ଧ ହେଲା ନାହିଁ।
console-desk-outcome-already-queued = { $name }ଙ୍କ ପାଇଁ { $vaccine } ଟିକାର ଡୋଜ { $dose } ପୂର୍ବରୁ ଏହି ଡିଭାଇସରେ ଅଛି: ଏହା ଥରେ ହିଁ ଗଣାଯାଏ।
console-desk-outcome-change = ବଦଳାଇ ପୁଣି ଲିପିବଦ୍ଧ କରନ୍ତୁ
console-desk-outcome-next = ପରବର୍ତ୍ତୀ ବ୍ୟକ୍ତି

## ଏହି ଡିଭାଇସରେ ଥିବା ଡୋଜ
console-desk-queue-title = ଏହି ଡିଭାଇସରେ ଥିବା ଡୋଜ
console-desk-queue-last-sync = ଶେଷ ଥର { $time } ସମୟରେ ପଠାଯାଇଥିଲା।
console-desk-queue-pending-title = { $count ->
    [one] ପଠାଯିବା ପାଇଁ ଅପେକ୍ଷାରେ ({ $count })
   *[other] ପଠାଯିବା ପାଇଁ ଅପେକ୍ଷାରେ ({ $count })
}
console-desk-queue-pending-none = କିଛି ଅପେକ୍ଷାରେ ନାହିଁ: ଏଠାରେ ଲିପିବଦ୍ଧ ପ୍ରତ୍ୟେକ ଡୋଜ ସର୍ଭରରେ ପହଞ୍ଚିଛି।
console-desk-queue-settled-title = ଆଜି ପଠାଯାଇଛି
console-desk-queue-settled-none = ଆଜି ଏପର୍ଯ୍ୟନ୍ତ ଏହି ଡିଭାଇସରୁ କୌଣସି ଡୋଜ ପଠାଯାଇନାହିଁ।
console-desk-queue-entry-dose = { $vaccine } ଟିକାର ଡୋଜ { $dose }, ବ୍ୟାଚ { $batch }, ସମୟ { $time }
console-desk-queue-entry-walk-in = ବିନା ଆପଏଣ୍ଟମେଣ୍ଟରେ ଆସିଥିବା ବ୍ୟକ୍ତି: ଡୋଜ ପଠାଯିବାର ଠିକ୍ ପୂର୍ବରୁ ପଞ୍ଜୀକରଣ ହୁଏ।
console-desk-queue-entry-attempts = { $count ->
    [one] { $count } ଥର ଚେଷ୍ଟା କରାଗଲା, ସର୍ଭରରେ ପହଞ୍ଚିପାରିଲା ନାହିଁ।
   *[other] { $count } ଥର ଚେଷ୍ଟା କରାଗଲା, ସର୍ଭରରେ ପହଞ୍ଚିପାରିଲା ନାହିଁ।
}
console-desk-queue-dismiss = ତାଲିକାରୁ ହଟାନ୍ତୁ
console-desk-queue-dismiss-label = { $name }ଙ୍କୁ ତାଲିକାରୁ ହଟାନ୍ତୁ
console-desk-status-pending = ଅପେକ୍ଷାରେ
console-desk-status-recorded = ଲିପିବଦ୍ଧ
console-desk-status-duplicate = ପୂର୍ବରୁ ଲିପିବଦ୍ଧ
console-desk-status-refused = ପ୍ରତ୍ୟାଖ୍ୟାତ
