# English — platform.ftl
platform-attribution = CoWIN — provided free by the National Health Authority, Government of India; not for sale.
platform-name = CoWIN Global
tenant-welcome = Vaccination service of { $country }
