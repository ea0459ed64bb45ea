# Français (fr) — vaccination.ftl : poste de l’agent vaccinateur et enregistrement des doses
error-verification-failed = Le code de sécurité ou la pièce d’identité ne correspond à aucun bénéficiaire ayant rendez-vous dans cette structure de santé.
error-dose-already-recorded = Cette dose a déjà été enregistrée pour ce bénéficiaire.
error-idempotency-key-reused = Cette clé de requête a déjà été utilisée pour l’enregistrement d’une autre dose.
error-facility-not-found = Cette structure de santé n’existe pas.
error-facility-managed-by-config = Cette structure de santé est définie dans la configuration du pays ; modifiez-la à cet endroit.
error-session-exists = Cette structure de santé a déjà une séance de ce vaccin ce jour-là.
error-capacity-below-booked = La capacité ne peut pas être inférieure au nombre de places déjà réservées.
error-session-has-bookings = Des personnes ont réservé dans cette séance : son jour, ses tranches d’âge et ses créneaux réservés ne peuvent plus changer. Ajoutez des créneaux ou publiez une autre séance.
error-request-decided = Une décision a déjà été prise sur cette demande.
