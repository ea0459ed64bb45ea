# Tamil (தமிழ்) — platform.ftl: the platform's name and attribution, and the title of a country's service
platform-attribution = CoWIN — இந்திய அரசின் தேசிய சுகாதார ஆணையத்தால் இலவசமாக வழங்கப்படுகிறது; விற்பனைக்கு அல்ல.
platform-name = CoWIN Global
tenant-welcome = { $country } தடுப்பூசி சேவை
