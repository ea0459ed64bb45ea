# Spanish — platform.ftl
platform-attribution = CoWIN — proporcionado de forma gratuita por la Autoridad Nacional de Salud del Gobierno de la India; no destinado a la venta.
platform-name = CoWIN Global
tenant-welcome = Servicio de vacunación de { $country }
