# Odia (ଓଡ଼ିଆ) — errors.ftl: ସେବାର ସାଧାରଣ ତ୍ରୁଟି ବାର୍ତ୍ତା
error-tenant-not-found = ଏହି ଠିକଣାରେ କୌଣସି ଦେଶର ଟିକାକରଣ ସେବା ଉପଲବ୍ଧ ନାହିଁ।
error-tenant-suspended = ଏହି ଦେଶର ଟିକାକରଣ ସେବା ନିଲମ୍ବିତ ଅଛି। ଦୟାକରି ସ୍ୱାସ୍ଥ୍ୟ ମନ୍ତ୍ରଣାଳୟ ସହ ଯୋଗାଯୋଗ କରନ୍ତୁ।
error-not-found = ଅନୁରୋଧ କରାଯାଇଥିବା ସମ୍ବଳ ନାହିଁ।
error-method-not-allowed = ଏହି ସମ୍ବଳରେ ଏହି ପଦ୍ଧତି ଅନୁମୋଦିତ ନୁହେଁ।
error-invalid-parameter = ପାରାମିଟର “{ $name }” ନାହିଁ କିମ୍ବା ବୈଧ ନୁହେଁ।
error-invalid-body = ଅନୁରୋଧର ବିଷୟବସ୍ତୁ ବୈଧ ନୁହେଁ।
error-payload-too-large = ଅନୁରୋଧଟି ବହୁତ ବଡ଼।
error-unsupported-media-type = ଅନୁରୋଧଟି JSON ଆକାରରେ ପଠାଯିବା ଆବଶ୍ୟକ।
error-internal = ଆମ ତରଫରୁ କିଛି ତ୍ରୁଟି ହୋଇଛି। ଦୟାକରି ପରେ ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।
error-unavailable = ସେବାଟି ଅସ୍ଥାୟୀ ଭାବେ ଉପଲବ୍ଧ ନାହିଁ। ଦୟାକରି କିଛି ସମୟ ପରେ ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।
error-rate-limited = ବହୁତ ଅଧିକ ଅନୁରୋଧ। ଦୟାକରି { $seconds } ସେକେଣ୍ଡ ପରେ ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।
error-tenant-config-invalid = ଟେନାଣ୍ଟ ବିନ୍ୟାସ ବୈଧ ନୁହେଁ: { $reason }
error-confirmation-mismatch = ନିଶ୍ଚିତ କରିବା ପାଇଁ, ଦେଶ କୋଡ { $code } “confirm” ଭାବେ ପଠାନ୍ତୁ।
error-configuration-changed = ଆପଣ ଖୋଲିବା ପରେ ଅନ୍ୟ କେହି ବିନ୍ୟାସ ବଦଳାଇଛନ୍ତି (ବର୍ତ୍ତମାନ ସଂସ୍କରଣ { $version })। ଏହାକୁ ପୁଣି ଲୋଡ କରନ୍ତୁ ଏବଂ ଆପଣଙ୍କ ପରିବର୍ତ୍ତନ ପୁଣି କରନ୍ତୁ।
error-tenant-on-other-cluster = ଏହି ଦେଶର ତଥ୍ୟ { $cluster } ଡାଟାବେସ କ୍ଲଷ୍ଟରରେ ଅଛି। ଏକ୍ସପୋର୍ଟ କରିବା କିମ୍ବା ହଟାଇବା ପୂର୍ବରୁ ଏହାକୁ “main” କ୍ଲଷ୍ଟରକୁ ସ୍ଥାନାନ୍ତର କରନ୍ତୁ।
