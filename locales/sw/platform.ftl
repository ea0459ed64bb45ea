# Kiswahili — platform.ftl: jina la jukwaa na tamko la mtoaji wake
platform-attribution = CoWIN — imetolewa bure na Mamlaka ya Kitaifa ya Afya, Serikali ya India; si ya kuuzwa.
platform-name = CoWIN Global
tenant-welcome = Huduma ya chanjo ya { $country }
