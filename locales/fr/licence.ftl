# Français (fr) — licence.ftl : contrôle de la licence prévue par le protocole d’accord (MoU)
error-licence-missing = Le service de ce pays n’a pas de licence de l’Autorité nationale de la santé de l’Inde (NHA) et ne peut pas être fourni.
error-licence-forged = La licence de ce pays n’est pas un document authentique de l’Autorité nationale de la santé de l’Inde (NHA). Le service est bloqué.
error-licence-untrusted-key = La licence de ce pays est signée avec une clé qui n’est pas une clé de licence de l’Autorité nationale de la santé de l’Inde (NHA). Le service est bloqué.
error-licence-expired = La licence de ce pays a expiré. Veuillez contacter le ministère de la Santé.
error-licence-not-yet-valid = La licence de ce pays n’est pas encore valide.
error-licence-revoked = L’Autorité nationale de la santé de l’Inde (NHA) a révoqué la licence de ce pays. Le service est bloqué.
error-licence-other-country = La licence installée ici concerne un autre pays.
error-licence-other-deployment = La licence installée ici concerne un autre déploiement de la plateforme.
error-licence-host-not-licensed = Cette adresse n’est pas couverte par la licence pour fournir le service de vaccination du pays.
error-licence-terms-altered = La licence ne reprend pas les conditions du protocole d’accord (MoU) : gratuité, interdiction de vente ou de reconditionnement. Le service est bloqué.
