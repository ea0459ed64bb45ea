# Français (fr) — citizens.ftl : erreurs de connexion, d’inscription et de prise de rendez-vous
error-unauthenticated = Veuillez vous reconnecter : votre session est absente ou a expiré.
error-invalid-mobile = Ce numéro de mobile n’est pas valide.
error-otp-invalid = Le code OTP que vous avez saisi n’est pas correct.
error-otp-expired = Ce code OTP a expiré ou a déjà été utilisé. Veuillez en demander un nouveau.
error-otp-attempts-exceeded = Trop de tentatives erronées. Veuillez demander un nouveau code OTP.
error-otp-delivery-failed = Nous n’avons pas pu envoyer le code OTP pour le moment. Veuillez réessayer dans quelques minutes.
error-invalid-id-document = Le numéro de { $document } n’est pas valide.
error-id-document-registered = Cette pièce d’identité est déjà enregistrée.
error-member-limit-reached = Ce numéro de mobile compte déjà le maximum de { $limit } membres.
error-beneficiary-not-found = Ce bénéficiaire n’est pas inscrit avec ce numéro de mobile.
error-beneficiary-vaccinated = Un bénéficiaire qui a reçu une dose ne peut pas être supprimé.
error-session-not-found = Cette séance de vaccination n’existe pas.
error-session-closed = Les réservations pour cette séance sont closes.
error-slot-not-offered = Le créneau choisi n’est pas proposé pour cette séance.
error-no-capacity = Il n’y a plus de place dans cette séance pour cette dose.
error-age-not-eligible = Cette séance n’est pas ouverte à la tranche d’âge du bénéficiaire.
error-dose-out-of-order = Cette dose ne peut pas être réservée avant l’enregistrement des doses précédentes.
error-dose-too-early = La dose suivante peut être réservée à partir du { $date }.
error-vaccine-mismatch = Cette dose doit être faite avec le même vaccin que les doses précédentes ({ $vaccine }).
error-already-booked = Le bénéficiaire a déjà un rendez-vous pour cette dose.
error-appointment-not-found = Ce rendez-vous n’existe pas pour ce compte.
error-appointment-completed = Ce rendez-vous a déjà eu lieu et ne peut plus être modifié.
otp-message = Votre code de vérification CoWIN est { $otp }. Il est valable { $minutes } minutes. Ne le communiquez jamais à personne.
otp-email-subject = Votre code de vérification CoWIN
dose-reminder-sms = CoWIN : la dose { $dose } pour { $name } peut être faite à partir du { $date }. Réservez un créneau sur { $link }
dose-reminder-subject = C’est le moment de la dose { $dose } pour { $name }
dose-reminder-body =
    Bonjour { $name },
    selon les règles de vaccination en vigueur, la dose { $dose } peut être faite à partir du { $date }.
    Réservez un créneau sur { $link } (connectez-vous avec le numéro de mobile du compte).
error-invalid-passport = Ce n’est pas un numéro de passeport : saisissez le numéro imprimé sur la page photo du passeport (5 à 9 lettres et chiffres).
