# Hindi — platform.ftl
platform-attribution = CoWIN — राष्ट्रीय स्वास्थ्य प्राधिकरण, भारत सरकार द्वारा निःशुल्क प्रदान किया गया; बिक्री के लिए नहीं।
platform-name = CoWIN Global
tenant-welcome = { $country } की टीकाकरण सेवा
