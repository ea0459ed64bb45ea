# Spanish — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = El código de seguridad o el documento de identidad no coincide con ningún beneficiario con cita en este centro.
error-dose-already-recorded = Esta dosis ya se registró para este beneficiario.
error-idempotency-key-reused = Esta clave de solicitud ya se utilizó para otro registro de dosis.
