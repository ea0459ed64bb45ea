# Français (fr) — staff.ftl : comptes du personnel et contrôle d’accès
error-staff-login-failed = L’adresse e-mail ou le mot de passe n’est pas correct, ou le compte est désactivé.
error-forbidden = Votre rôle ne permet pas cette action ici.
error-csrf-rejected = Cette requête ne provient pas des pages de ce site. Rechargez la page et réessayez.
error-invitation-invalid = Cette invitation n’est pas valide : elle a déjà été utilisée ou a expiré.
error-weak-password = Choisissez un mot de passe d’au moins { $length } caractères.
error-staff-not-found = Cet agent n’existe pas dans le service de ce pays.
error-mail-delivery-failed = Nous n’avons pas pu envoyer l’e-mail pour le moment. Veuillez réessayer dans quelques minutes.
error-staff-email-registered = Un agent avec cette adresse e-mail existe déjà.
staff-invitation-subject = Votre invitation au service de vaccination CoWIN — { $country }
staff-invitation-body = { $name }, vous êtes invité(e) à rejoindre le service de vaccination CoWIN ({ $country }) avec le rôle : { $role }. Pour définir votre mot de passe, utilisez ce code dans un délai de { $days } jours : { $token }
