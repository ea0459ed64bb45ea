# Telugu (తెలుగు) — platform.ftl: the platform's name and attribution
platform-attribution = CoWIN — భారత ప్రభుత్వ జాతీయ ఆరోగ్య ప్రాధికార సంస్థ ఉచితంగా అందించింది; అమ్మకానికి కాదు.
platform-name = CoWIN Global
tenant-welcome = { $country } టీకాకరణ సేవ
