# Português (Brasil) — certificates.ftl
error-certificate-not-found = Ainda não foi emitido nenhum certificado para este beneficiário.
error-not-a-certificate = Isto não é um certificado de vacinação em nenhum formato que possamos ler (EU DCC, SMART Health Card, Verifiable Credential), ou o seu código QR não pôde ser lido.
certificate-title = Certificado de vacinação contra a COVID-19
certificate-status-partial = Certificado provisório (esquema primário incompleto)
certificate-status-full = Certificado definitivo (esquema primário completo)
certificate-status-booster = Certificado de dose de reforço
certificate-beneficiary-details = Dados do beneficiário
certificate-vaccination-details = Dados da vacinação
certificate-name = Nome
certificate-age = Idade
certificate-gender = Gênero
certificate-id-document = Documento verificado
certificate-reference = ID de referência do beneficiário
certificate-certificate-id = ID do certificado
certificate-vaccine = Nome da vacina
certificate-manufacturer = Fabricante
certificate-dose = Número da dose
certificate-date = Data da dose
certificate-batch = Número do lote
certificate-facility = Vacinado em
certificate-place = Município, estado
certificate-issued = Emitido
certificate-qr-vc = Credencial verificável
certificate-qr-dcc = EU DCC / WHO DDCC:VS
certificate-qr-shc = SMART Health Card
certificate-verify-note = Leia um código QR com qualquer aplicativo de verificação ou na página /verify do emissor.
certificate-slip-title = Comprovante de agendamento
certificate-security-code = Código de segurança
certificate-appointment = ID do agendamento
certificate-centre = Posto de vacinação
certificate-slot = Horário
certificate-booked-dose = Dose
certificate-booked-vaccine = Vacina
verify-title = Verificar um certificado de vacinação
verify-instructions = Cole o texto do código QR de um certificado (começa com HC1: ou shc:/, ou é uma credencial), ou escolha uma foto do código QR.
verify-submit = Verificar
verify-upload = Foto do código QR:
verify-genuine = Autêntico: este certificado foi emitido pelo país indicado abaixo e não foi revogado.
verify-revoked = Revogado: este certificado foi emitido pelo país indicado abaixo, mas foi revogado (normalmente substituído após uma correção).
verify-unknown-issuer = Emissor desconhecido: este certificado não foi assinado por um país cujas chaves temos.
verify-tampered = Adulterado: o conteúdo deste certificado não corresponde à sua assinatura.
certificate-ready-subject = Seu certificado de vacinação está pronto
certificate-ready-body =
    Prezado(a) { $name },
    seu certificado da dose { $dose } de { $vaccine }, aplicada em { $date }, está pronto.
    Entre no sistema para baixá-lo. Qualquer pessoa pode verificá-lo em { $verify }.
error-image-too-large = Esta imagem é grande demais. Envie uma foto do código QR de no máximo { $megapixels } megapixels.
