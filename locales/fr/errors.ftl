# Français (fr) — errors.ftl : erreurs générales du service
error-tenant-not-found = Aucun service de vaccination national n’est proposé à cette adresse.
error-tenant-suspended = Le service de vaccination de ce pays est suspendu. Veuillez contacter le ministère de la Santé.
error-not-found = La ressource demandée n’existe pas.
error-method-not-allowed = Cette méthode n’est pas autorisée pour cette ressource.
error-invalid-parameter = Le paramètre « { $name } » est absent ou n’est pas valide.
error-invalid-body = Le corps de la requête n’est pas valide.
error-payload-too-large = La requête est trop volumineuse.
error-unsupported-media-type = La requête doit être envoyée au format JSON.
error-internal = Une erreur s’est produite de notre côté. Veuillez réessayer plus tard.
error-unavailable = Le service est temporairement indisponible. Veuillez réessayer dans quelques instants.
error-rate-limited = Trop de requêtes. Veuillez réessayer dans { $seconds } secondes.
error-tenant-config-invalid = La configuration du pays (tenant) n’est pas valide : { $reason }
error-confirmation-mismatch = Pour confirmer, envoyez le code pays { $code } dans le champ « confirm ».
error-configuration-changed = Quelqu’un d’autre a modifié la configuration depuis que vous l’avez ouverte (elle est maintenant à la version { $version }). Rechargez-la et refaites votre modification.
error-tenant-on-other-cluster = Les données de ce pays se trouvent sur le cluster de base de données { $cluster }. Déplacez-les vers le cluster « main » avant de les exporter ou de retirer le pays.
