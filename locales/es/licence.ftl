# Español — licence.ftl
error-licence-missing = El servicio de este país no tiene licencia de la Autoridad Nacional de Salud de la India y no puede prestarse.
error-licence-forged = La licencia de este país no es un documento auténtico de la Autoridad Nacional de Salud de la India. El servicio está bloqueado.
error-licence-untrusted-key = La licencia de este país está firmada con una clave que no es de la Autoridad Nacional de Salud de la India. El servicio está bloqueado.
error-licence-expired = La licencia de este país ha caducado. Póngase en contacto con el ministerio de salud.
error-licence-not-yet-valid = La licencia de este país aún no es válida.
error-licence-revoked = La Autoridad Nacional de Salud de la India ha revocado la licencia de este país. El servicio está bloqueado.
error-licence-other-country = La licencia instalada aquí es de otro país.
error-licence-other-deployment = La licencia instalada aquí es de otra instalación de la plataforma.
error-licence-host-not-licensed = Esta dirección no tiene licencia para prestar el servicio de vacunación del país.
error-licence-terms-altered = La licencia no contiene los términos del memorando (gratuita, no se vende ni se reempaqueta). El servicio está bloqueado.
