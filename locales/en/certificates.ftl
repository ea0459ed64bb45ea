# English — certificates.ftl: certificates, appointment slips, verification, certificate e-mails
error-certificate-not-found = No certificate has been issued for this beneficiary yet.
error-not-a-certificate = This is not a vaccination certificate in any format we can read (EU DCC, SMART Health Card, Verifiable Credential), or its QR code could not be read.
certificate-title = Certificate for COVID-19 Vaccination
certificate-status-partial = Provisional certificate (primary series not complete)
certificate-status-full = Final certificate (primary series complete)
certificate-status-booster = Certificate of a booster dose
certificate-beneficiary-details = Beneficiary details
certificate-vaccination-details = Vaccination details
certificate-name = Name
certificate-age = Age
certificate-gender = Gender
certificate-id-document = ID verified
certificate-reference = Beneficiary reference ID
certificate-certificate-id = Certificate ID
certificate-vaccine = Vaccine name
certificate-manufacturer = Manufacturer
certificate-dose = Dose number
certificate-date = Date of dose
certificate-batch = Batch number
certificate-facility = Vaccinated at
certificate-place = District, state
certificate-issued = Issued
certificate-qr-vc = Verifiable Credential
certificate-qr-dcc = EU DCC / WHO DDCC:VS
certificate-qr-shc = SMART Health Card
certificate-verify-note = Scan a QR code with any verifier app, or at the issuer's /verify page.
certificate-slip-title = Appointment slip
certificate-security-code = Security code
certificate-appointment = Appointment ID
certificate-centre = Vaccination centre
certificate-slot = Time slot
certificate-booked-dose = Dose
certificate-booked-vaccine = Vaccine
verify-title = Verify a vaccination certificate
verify-instructions = Paste the text of a certificate's QR code (it begins with HC1: or shc:/, or is a credential), or choose a photo of the QR code.
verify-submit = Verify
verify-upload = Photo of the QR code:
verify-genuine = Genuine: this certificate was issued by the country named below and has not been revoked.
verify-revoked = Revoked: this certificate was issued by the country named below, but has been revoked (usually replaced after a correction).
verify-unknown-issuer = Unknown issuer: this certificate is not signed by a country whose keys we hold.
verify-tampered = Tampered: this certificate's content does not match its signature.
certificate-ready-subject = Your vaccination certificate is ready
certificate-ready-body =
    Dear { $name },
    your certificate for dose { $dose } of { $vaccine }, given on { $date }, is ready.
    Sign in to download it. Anyone can check it at { $verify }.
error-image-too-large = This picture is too large. Send a photo of the QR code of at most { $megapixels } megapixels.
