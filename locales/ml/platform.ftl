# Malayalam (മലയാളം) — platform.ftl: the platform's name and attribution, and the title of a country's service
platform-attribution = CoWIN — ഭാരത സർക്കാരിന്റെ ദേശീയ ആരോഗ്യ അതോറിറ്റി സൗജന്യമായി നൽകുന്നത്; വിൽപ്പനയ്ക്കുള്ളതല്ല.
platform-name = CoWIN Global
tenant-welcome = { $country } വാക്സിനേഷൻ സേവനം
