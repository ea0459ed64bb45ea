# Français (fr) — console-desk.ftl : poste de l’agent vaccinateur dans la console d’administration (liste du jour, vérification, personnes sans rendez-vous, doses, file d’attente hors ligne)

console-nav-desk = Poste de l’agent vaccinateur
console-nav-desk-queue = Doses sur cet appareil
console-desk-title = Poste de l’agent vaccinateur

## Connexion et file d’attente
console-desk-online = En ligne
console-desk-offline = Hors ligne
console-desk-offline-explain = Les doses que vous enregistrez sont conservées sur cet appareil et envoyées dès que le réseau revient.
console-desk-pending-count = { $count ->
    [0] Aucune dose en attente d’envoi
    [one] { $count } dose en attente d’envoi
   *[other] { $count } doses en attente d’envoi
}
console-desk-queue-open = Voir les doses
console-desk-sync-now = Envoyer maintenant
console-desk-sync-title = Doses envoyées
console-desk-sync-result = Enregistrées : { $recorded }. Déjà enregistrées : { $duplicate }. Refusées : { $refused }.
console-desk-sync-unreachable = Le serveur est injoignable ; les doses restent sur cet appareil et seront envoyées plus tard.
console-desk-sync-still-pending = { $count ->
    [one] { $count } dose est toujours en attente.
   *[other] { $count } doses sont toujours en attente.
}
console-desk-sync-other-staff = Ces doses ont été enregistrées sur cet appareil par un autre agent : elles seront envoyées quand cette personne se reconnectera ici.
console-desk-sync-nothing = Rien n’était en attente d’envoi.
console-desk-storage-failed-title = Ce navigateur ne peut pas conserver le travail du poste
console-desk-storage-failed-text = Le poste a besoin du stockage du navigateur (IndexedDB) pour conserver les doses quand le réseau est coupé. Quittez la navigation privée ou utilisez un autre navigateur.
console-desk-no-facility-title = Aucune structure de santé
console-desk-no-facility-text = Vous n’êtes affecté(e) à aucune structure de santé active. Demandez à l’administrateur de votre district de vous affecter à l’une d’elles.

## Liste du jour
console-desk-facility-label = Structure de santé
console-desk-facility-at = Structure de santé : { $facility }
console-desk-verify-document = Rechercher par pièce d’identité
console-desk-walk-in = Enregistrer une personne sans rendez-vous
console-desk-appointments-title = Rendez-vous du { $date }
console-desk-appointments-saved = Liste enregistrée à { $time } : le réseau est coupé, elle n’est peut-être plus à jour.
console-desk-appointments-search = Rechercher par nom ou par référence
console-desk-appointments-none = Aucun rendez-vous n’est réservé ici pour aujourd’hui.
console-desk-appointments-no-match = Personne sur la liste du jour ne correspond à cette recherche.
console-desk-appointment-open = Vérifier { $name }, créneau { $slot }
console-desk-appointment-line = Né(e) en { $year } · { $slot }
console-desk-appointment-dose = Dose { $dose } du vaccin { $vaccine }
console-desk-appointment-missing = Ce rendez-vous ne figure pas sur la liste du jour de cette structure de santé.
console-desk-back-to-list = Retour à la liste du jour

## Vérification
console-desk-verify-title = Vérifier le rendez-vous
console-desk-code-label = Code de sécurité
console-desk-code-hint = Les 4 chiffres imprimés sur la fiche de rendez-vous de la personne.
console-desk-code-invalid = Saisissez les 4 chiffres du code de sécurité.
console-desk-code-submit = Vérifier
console-desk-code-offline-title = Pas de réseau : le code ne peut pas être vérifié
console-desk-code-offline-text = Vérifiez vous-même la fiche de rendez-vous et la pièce d’identité de la personne. Le serveur vérifiera la dose lors de son envoi.
console-desk-code-offline-confirm = J’ai vérifié ses documents
console-desk-checked-by-eye = Vérifié par vous sans réseau : le serveur vérifiera la dose lors de son envoi.
console-desk-document-title = Rechercher par pièce d’identité
console-desk-document-type = Pièce d’identité
console-desk-document-number = Numéro de la pièce
console-desk-document-number-missing = Saisissez le numéro de la pièce.
console-desk-document-submit = Rechercher
console-desk-document-not-found = Introuvable
console-desk-document-offline-title = Pas de réseau
console-desk-document-offline-text = On ne peut retrouver une personne par sa pièce d’identité qu’en ligne. Si elle n’est pas encore inscrite, enregistrez-la comme personne sans rendez-vous : l’inscription attendra le réseau avec sa dose.

## La personne
console-desk-person-born = Né(e) en { $year }
console-desk-person-reference = Référence { $reference }
console-desk-person-not-registered = Inscription au retour du réseau
console-desk-person-no-doses = Aucune dose pour l’instant
console-desk-person-doses = Doses reçues à ce jour
console-desk-person-dose-line = Dose { $dose } : { $vaccine }, { $date }

## Personnes sans rendez-vous
console-desk-walk-in-title = Enregistrer une personne sans rendez-vous
console-desk-walk-in-name = Nom complet (tel qu’il figure sur la pièce)
console-desk-walk-in-name-missing = Saisissez son nom.
console-desk-walk-in-birth-year = Année de naissance
console-desk-walk-in-birth-year-invalid = Saisissez une année de naissance, par exemple 1980.
console-desk-walk-in-gender = Sexe
console-desk-walk-in-mobile = Numéro de mobile
console-desk-walk-in-mobile-hint = Son compte est celui de ce numéro ; il est créé s’il n’existe pas encore.
console-desk-walk-in-mobile-invalid = Saisissez un numéro de mobile.
console-desk-walk-in-submit = Inscrire et continuer
console-desk-walk-in-refused = Inscription refusée
console-desk-walk-in-registered = Inscription effectuée.
console-desk-walk-in-found = Personne déjà inscrite : retrouvée grâce à sa pièce d’identité.
console-desk-walk-in-offline = Pas de réseau : la personne sera inscrite au retour du réseau, juste avant l’envoi de sa dose.

## Enregistrement d’une dose
console-desk-record-form = Enregistrer la dose
console-desk-record-vaccine = Vaccin
console-desk-record-dose = Dose
console-desk-record-dose-option = Dose { $dose }
console-desk-record-batch = Numéro de lot
console-desk-record-batch-hint = Conservé pour la journée dans cette structure de santé.
console-desk-record-batch-missing = Saisissez le numéro de lot du flacon.
console-desk-record-no-vaccine = Aucune séance de cette structure de santé ne propose de vaccin aujourd’hui. Demandez au responsable de votre structure de publier la séance du jour.
console-desk-record-submit = Enregistrer la dose { $dose } du vaccin { $vaccine }
console-desk-outcome-recorded = Dose { $dose } du vaccin { $vaccine } enregistrée pour { $name }.
console-desk-outcome-queued = Dose { $dose } du vaccin { $vaccine } pour { $name } conservée sur cet appareil.
console-desk-outcome-queued-text = Elle sera envoyée dès que le réseau reviendra.
console-desk-outcome-duplicate = La dose { $dose } du vaccin { $vaccine } pour { $name } était déjà enregistrée : elle n’est comptée qu’une fois.
console-desk-outcome-refused = La dose { $dose } du vaccin { $vaccine } pour { $name } n’a pas été enregistrée.
console-desk-outcome-already-queued = La dose { $dose } du vaccin { $vaccine } pour { $name } est déjà sur cet appareil : elle n’est comptée qu’une fois.
console-desk-outcome-change = Modifier et enregistrer à nouveau
console-desk-outcome-next = Personne suivante

## Doses sur cet appareil
console-desk-queue-title = Doses sur cet appareil
console-desk-queue-last-sync = Dernier envoi à { $time }.
console-desk-queue-pending-title = { $count ->
    [one] En attente d’envoi ({ $count })
   *[other] En attente d’envoi ({ $count })
}
console-desk-queue-pending-none = Rien n’est en attente : toutes les doses enregistrées ici sont parvenues au serveur.
console-desk-queue-settled-title = Envoyées aujourd’hui
console-desk-queue-settled-none = Aucune dose envoyée depuis cet appareil aujourd’hui pour l’instant.
console-desk-queue-entry-dose = Dose { $dose } du vaccin { $vaccine }, lot { $batch }, à { $time }
console-desk-queue-entry-walk-in = Personne sans rendez-vous : inscrite juste avant l’envoi de la dose.
console-desk-queue-entry-attempts = { $count ->
    [one] { $count } tentative sans joindre le serveur.
   *[other] { $count } tentatives sans joindre le serveur.
}
console-desk-queue-dismiss = Retirer de la liste
console-desk-queue-dismiss-label = Retirer { $name } de la liste
console-desk-status-pending = En attente
console-desk-status-recorded = Enregistrée
console-desk-status-duplicate = Déjà enregistrée
console-desk-status-refused = Refusée
