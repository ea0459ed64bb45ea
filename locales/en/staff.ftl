# English — staff.ftl: messages of staff accounts and access control
error-staff-login-failed = The e-mail address or password is not correct, or the account is disabled.
error-forbidden = Your role does not allow this action here.
error-csrf-rejected = This request did not come from this site's own pages. Reload the page and try again.
error-invitation-invalid = This invitation is not valid: it was already used or has expired.
error-weak-password = Choose a password of at least { $length } characters.
error-staff-not-found = No such staff member exists in this country's service.
error-mail-delivery-failed = We could not send the e-mail just now. Please try again in a few minutes.
error-staff-email-registered = A staff member with this e-mail address already exists.
staff-invitation-subject = Your invitation to the CoWIN vaccination service of { $country }
staff-invitation-body = { $name }, you have been invited to the CoWIN vaccination service of { $country } as { $role }. To set your password, use this code within { $days } days: { $token }
