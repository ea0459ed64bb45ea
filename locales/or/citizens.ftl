# Odia (ଓଡ଼ିଆ) — citizens.ftl: ଲଗଇନ, ପଞ୍ଜୀକରଣ ଏବଂ ବୁକିଂର ତ୍ରୁଟି ବାର୍ତ୍ତା
error-unauthenticated = ଦୟାକରି ପୁଣି ସାଇନ ଇନ କରନ୍ତୁ: ଆପଣଙ୍କ ସେସନ ନାହିଁ କିମ୍ବା ଏହାର ମିଆଦ ଶେଷ ହୋଇଯାଇଛି।
error-invalid-mobile = ଏହି ମୋବାଇଲ ନମ୍ବର ବୈଧ ନୁହେଁ।
error-otp-invalid = ଆପଣ ଲେଖିଥିବା ଓଟିପି ଠିକ୍ ନୁହେଁ।
error-otp-expired = ଏହି ଓଟିପିର ମିଆଦ ଶେଷ ହୋଇଯାଇଛି କିମ୍ବା ଏହା ପୂର୍ବରୁ ବ୍ୟବହାର ହୋଇସାରିଛି। ଦୟାକରି ଏକ ନୂଆ ଓଟିପି ମାଗନ୍ତୁ।
error-otp-attempts-exceeded = ବହୁତ ଥର ଭୁଲ ଚେଷ୍ଟା ହୋଇଛି। ଦୟାକରି ଏକ ନୂଆ ଓଟିପି ମାଗନ୍ତୁ।
error-otp-delivery-failed = ଆମେ ବର୍ତ୍ତମାନ ଓଟିପି ପଠାଇପାରିଲୁ ନାହିଁ। ଦୟାକରି କିଛି ମିନିଟ ପରେ ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।
error-invalid-id-document = { $document } ନମ୍ବର ବୈଧ ନୁହେଁ।
error-id-document-registered = ଏହି ପରିଚୟପତ୍ର ପୂର୍ବରୁ ପଞ୍ଜୀକୃତ ହୋଇସାରିଛି।
error-member-limit-reached = ଏହି ମୋବାଇଲ ନମ୍ବରରେ ପୂର୍ବରୁ ସର୍ବାଧିକ { $limit } ଜଣ ସଦସ୍ୟ ପଞ୍ଜୀକୃତ ଅଛନ୍ତି।
error-beneficiary-not-found = ଏହି ମୋବାଇଲ ନମ୍ବରରେ ଏପରି କୌଣସି ହିତାଧିକାରୀ ପଞ୍ଜୀକୃତ ନାହାନ୍ତି।
error-beneficiary-vaccinated = ଯେଉଁ ହିତାଧିକାରୀ ଗୋଟିଏ ଡୋଜ ନେଇସାରିଛନ୍ତି, ତାଙ୍କୁ ହଟାଯାଇପାରିବ ନାହିଁ।
error-session-not-found = ଏହି ଟିକାକରଣ ସେସନ ନାହିଁ।
error-session-closed = ଏହି ସେସନ ପାଇଁ ବୁକିଂ ବନ୍ଦ ହୋଇଯାଇଛି।
error-slot-not-offered = ବଛାଯାଇଥିବା ସମୟ ସ୍ଲଟ ଏହି ସେସନରେ ଉପଲବ୍ଧ ନାହିଁ।
error-no-capacity = ଏହି ସେସନରେ ଏହି ଡୋଜ ପାଇଁ ଆଉ କୌଣସି ଡୋଜ ବାକି ନାହିଁ।
error-age-not-eligible = ଏହି ସେସନ ହିତାଧିକାରୀଙ୍କ ବୟସ ବର୍ଗ ପାଇଁ ଉଦ୍ଦିଷ୍ଟ ନୁହେଁ।
error-dose-out-of-order = ପୂର୍ବ ଡୋଜଗୁଡ଼ିକ ଲିପିବଦ୍ଧ ହେବା ପୂର୍ବରୁ ଏହି ଡୋଜ ବୁକ କରାଯାଇପାରିବ ନାହିଁ।
error-dose-too-early = ପରବର୍ତ୍ତୀ ଡୋଜ { $date } ଠାରୁ ବୁକ କରାଯାଇପାରିବ।
error-vaccine-mismatch = ଏହି ଡୋଜ ପୂର୍ବ ଡୋଜଗୁଡ଼ିକ ପରି ସମାନ ଟିକା ({ $vaccine }) ହେବା ଆବଶ୍ୟକ।
error-already-booked = ଏହି ଡୋଜ ପାଇଁ ହିତାଧିକାରୀଙ୍କର ପୂର୍ବରୁ ଏକ ଆପଏଣ୍ଟମେଣ୍ଟ ଅଛି।
error-appointment-not-found = ଏହି ଆକାଉଣ୍ଟରେ ଏପରି କୌଣସି ଆପଏଣ୍ଟମେଣ୍ଟ ନାହିଁ।
error-appointment-completed = ଏହି ଆପଏଣ୍ଟମେଣ୍ଟ ସମ୍ପୂର୍ଣ୍ଣ ହୋଇସାରିଛି ଏବଂ ଏହାକୁ ବଦଳାଯାଇପାରିବ ନାହିଁ।
otp-message = ଆପଣଙ୍କ CoWIN ଯାଞ୍ଚ କୋଡ ହେଉଛି { $otp }। ଏହା { $minutes } ମିନିଟ ପାଇଁ ବୈଧ। ଏହାକୁ କେବେ କାହା ସହ ସେୟାର କରନ୍ତୁ ନାହିଁ।
otp-email-subject = ଆପଣଙ୍କ CoWIN ଯାଞ୍ଚ କୋଡ
dose-reminder-sms = CoWIN: { $date } ଠାରୁ { $name }ଙ୍କ ଡୋଜ { $dose } ନିଆଯାଇପାରିବ। ସ୍ଲଟ ବୁକ କରନ୍ତୁ: { $link }
dose-reminder-subject = { $name }ଙ୍କ ଡୋଜ { $dose } ନେବାର ସମୟ ହୋଇଛି
dose-reminder-body =
    ପ୍ରିୟ { $name },
    ଲାଗୁ ଥିବା ଟିକାକରଣ ନିୟମ ଅନୁଯାୟୀ, { $date } ଠାରୁ ଡୋଜ { $dose } ନିଆଯାଇପାରିବ।
    ସ୍ଲଟ ବୁକ କରିବା ପାଇଁ { $link } ଖୋଲନ୍ତୁ (ଆକାଉଣ୍ଟର ମୋବାଇଲ ନମ୍ବର ସହ ସାଇନ ଇନ କରନ୍ତୁ)।
error-invalid-passport = ଏହା ପାସପୋର୍ଟ ନମ୍ବର ନୁହେଁ: ପାସପୋର୍ଟର ଫଟୋ ଥିବା ପୃଷ୍ଠାରେ ଛପା ହୋଇଥିବା ନମ୍ବର ଲେଖନ୍ତୁ (5ରୁ 9ଟି ଅକ୍ଷର ଏବଂ ଅଙ୍କ)।
