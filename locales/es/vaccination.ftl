# Spanish — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = El código de seguridad o el documento de identidad no coincide con ningún beneficiario con cita en este centro.
error-dose-already-recorded = Esta dosis ya se registró para este beneficiario.
error-idempotency-key-reused = Esta clave de solicitud ya se utilizó para otro registro de dosis.
error-facility-not-found = No existe ningún centro correspondiente.
error-facility-managed-by-config = Este centro está definido en la configuración del país; por favor, modifíquelo allí.
error-session-exists = Este centro ya tiene una sesión de esta vacuna ese día.
error-capacity-below-booked = La capacidad no puede ser inferior a la cantidad de cupos ya agendados.
error-session-has-bookings = Hay personas agendadas en esta sesión: su día, edades y horarios agendados no pueden cambiar. Agregue horarios o publique otra sesión.
error-request-decided = Esta solicitud ya fue resuelta.
