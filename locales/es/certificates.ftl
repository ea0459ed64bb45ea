# Español — certificates.ftl
error-certificate-not-found = Todavía no se ha emitido ningún certificado para este beneficiario.
error-not-a-certificate = Esto no es un certificado de vacunación en ningún formato que podamos leer (EU DCC, SMART Health Card, Verifiable Credential), o no se pudo leer su código QR.
certificate-title = Certificado de vacunación contra la COVID-19
certificate-status-partial = Certificado provisional (pauta primaria incompleta)
certificate-status-full = Certificado definitivo (pauta primaria completa)
certificate-status-booster = Certificado de una dosis de refuerzo
certificate-beneficiary-details = Datos del beneficiario
certificate-vaccination-details = Datos de la vacunación
certificate-name = Nombre
certificate-age = Edad
certificate-gender = Género
certificate-id-document = Documento verificado
certificate-reference = ID de referencia del beneficiario
certificate-certificate-id = ID del certificado
certificate-vaccine = Nombre de la vacuna
certificate-manufacturer = Fabricante
certificate-dose = Número de dosis
certificate-date = Fecha de la dosis
certificate-batch = Número de lote
certificate-facility = Vacunado en
certificate-place = Municipio, estado
certificate-issued = Emitido
certificate-qr-vc = Credencial verificable
certificate-qr-dcc = EU DCC / WHO DDCC:VS
certificate-qr-shc = SMART Health Card
certificate-verify-note = Escanee un código QR con cualquier aplicación de verificación o en la página /verify del emisor.
certificate-slip-title = Comprobante de cita
certificate-security-code = Código de seguridad
certificate-appointment = ID de la cita
certificate-centre = Centro de vacunación
certificate-slot = Franja horaria
certificate-booked-dose = Dosis
certificate-booked-vaccine = Vacuna
verify-title = Verificar un certificado de vacunación
verify-instructions = Pegue el texto del código QR de un certificado (empieza por HC1: o shc:/, o es una credencial), o elija una foto del código QR.
verify-submit = Verificar
verify-upload = Foto del código QR:
verify-genuine = Auténtico: este certificado lo emitió el país indicado abajo y no ha sido revocado.
verify-revoked = Revocado: este certificado lo emitió el país indicado abajo, pero ha sido revocado (normalmente sustituido tras una corrección).
verify-unknown-issuer = Emisor desconocido: este certificado no está firmado por un país cuyas claves tengamos.
verify-tampered = Manipulado: el contenido de este certificado no coincide con su firma.
certificate-ready-subject = Su certificado de vacunación está listo
certificate-ready-body =
    Estimado/a { $name }:
    su certificado de la dosis { $dose } de { $vaccine }, aplicada el { $date }, está listo.
    Inicie sesión para descargarlo. Cualquiera puede verificarlo en { $verify }.
error-image-too-large = Esta imagen es demasiado grande. Envíe una foto del código QR de como máximo { $megapixels } megapíxeles.
