# Spanish — staff.ftl: messages of staff accounts and access control
error-staff-login-failed = La dirección de correo electrónico o la contraseña no son correctas, o la cuenta está desactivada.
error-forbidden = Su rol no le permite realizar esta acción aquí.
error-csrf-rejected = Esta solicitud no provino de las páginas de este sitio. Vuelva a cargar la página e inténtelo de nuevo.
error-invitation-invalid = Esta invitación no es válida: ya fue utilizada o ha expirado.
error-weak-password = Elija una contraseña de al menos { $length } caracteres.
error-staff-not-found = No existe ningún miembro del personal correspondiente en el servicio de este país.
error-mail-delivery-failed = No pudimos enviar el correo electrónico en este momento. Por favor, inténtelo de nuevo en unos minutos.
error-staff-email-registered = Ya existe un miembro del personal con esta dirección de correo electrónico.
staff-invitation-subject = Su invitación al servicio de vacunación CoWIN de { $country }
staff-invitation-body = { $name }, usted recibió una invitación al servicio de vacunación CoWIN de { $country } con el rol “{ $role }”. Para establecer su contraseña, utilice este código en un plazo de { $days } días: { $token }
