# Portuguese (Brazil) — platform.ftl
platform-attribution = CoWIN — fornecido gratuitamente pela Autoridade Nacional de Saúde do Governo da Índia; não destinado à venda.
platform-name = CoWIN Global
tenant-welcome = Serviço de vacinação: { $country }
