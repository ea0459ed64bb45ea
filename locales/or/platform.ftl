# Odia (ଓଡ଼ିଆ) — platform.ftl: ପ୍ଲାଟଫର୍ମର ନାମ ଏବଂ ଉତ୍ସ ସୂଚନା
platform-attribution = CoWIN — ଜାତୀୟ ସ୍ୱାସ୍ଥ୍ୟ କର୍ତ୍ତୃପକ୍ଷ, ଭାରତ ସରକାରଙ୍କ ଦ୍ୱାରା ନିଃଶୁଳ୍କ ପ୍ରଦାନ କରାଯାଇଛି; ବିକ୍ରି ପାଇଁ ନୁହେଁ।
platform-name = CoWIN Global
tenant-welcome = { $country }ର ଟିକାକରଣ ସେବା
