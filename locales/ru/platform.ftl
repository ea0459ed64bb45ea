# Russian — platform.ftl
platform-attribution = CoWIN — предоставляется бесплатно Национальным управлением здравоохранения правительства Индии; не для продажи.
platform-name = CoWIN Global
tenant-welcome = Служба вакцинации: { $country }
