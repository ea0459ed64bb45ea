# Spanish — citizens.ftl: errors of login, registration and booking
error-unauthenticated = Por favor, vuelva a iniciar sesión: su sesión no se encontró o ha expirado.
error-invalid-mobile = Este número de celular no es válido.
error-otp-invalid = El código de verificación que ingresó no es correcto.
error-otp-expired = Este código de verificación expiró o ya fue utilizado. Por favor, solicite uno nuevo.
error-otp-attempts-exceeded = Demasiados intentos fallidos. Por favor, solicite un nuevo código de verificación.
error-otp-delivery-failed = No pudimos enviar el código de verificación en este momento. Por favor, inténtelo de nuevo en unos minutos.
error-invalid-id-document = El número del documento { $document } no es válido.
error-id-document-registered = Este documento de identidad ya está registrado.
error-member-limit-reached = Este número de celular ya tiene el máximo de { $limit } miembros.
error-beneficiary-not-found = No hay ningún beneficiario correspondiente registrado con este número de celular.
error-beneficiary-vaccinated = No se puede eliminar a un beneficiario que ya recibió una dosis.
error-session-not-found = Esta sesión de vacunación no existe.
error-session-closed = Ya no se pueden agendar citas para esta sesión.
error-slot-not-offered = El horario elegido no se ofrece en esta sesión.
error-no-capacity = No quedan dosis disponibles en esta sesión para esta dosis.
error-age-not-eligible = Esta sesión no está abierta para el grupo de edad del beneficiario.
error-dose-out-of-order = No se puede agendar esta dosis antes de que se registren las dosis anteriores.
error-dose-too-early = La próxima dosis se puede agendar a partir de { $date }.
error-vaccine-mismatch = Esta dosis debe ser de la misma vacuna que las dosis anteriores ({ $vaccine }).
error-already-booked = El beneficiario ya tiene una cita para esta dosis.
error-appointment-not-found = No existe ninguna cita correspondiente en esta cuenta.
error-appointment-completed = Esta cita ya se completó y no se puede modificar.
otp-message = Su código de verificación de CoWIN es { $otp }. Es válido durante { $minutes } min. Nunca lo comparta con nadie.
otp-email-subject = Su código de verificación de CoWIN
dose-reminder-sms = CoWIN: la dosis { $dose } de { $name } puede aplicarse a partir de { $date }. Agende en { $link }
dose-reminder-subject = { $name }: la dosis { $dose } ya se puede agendar
dose-reminder-body =
    Estimado/a { $name }:
    Según las normas de vacunación vigentes, la dosis { $dose } puede aplicarse a partir de { $date }.
    Agende un horario en { $link } (inicie sesión con el número de celular de la cuenta).
error-invalid-passport = Este no es un número de pasaporte: escriba el número impreso en la página de la foto del pasaporte (de 5 a 9 letras y dígitos).
