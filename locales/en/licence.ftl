# English — licence.ftl: the MoU licence guard
error-licence-missing = This country's service has no licence from the National Health Authority of India and cannot be served.
error-licence-forged = This country's licence is not a genuine document of the National Health Authority of India. The service is blocked.
error-licence-untrusted-key = This country's licence is signed with a key that is not a licensing key of the National Health Authority of India. The service is blocked.
error-licence-expired = This country's licence has expired. Please contact the ministry of health.
error-licence-not-yet-valid = This country's licence is not valid yet.
error-licence-revoked = The National Health Authority of India has revoked this country's licence. The service is blocked.
error-licence-other-country = The licence installed here is for another country.
error-licence-other-deployment = The licence installed here is for another deployment of the platform.
error-licence-host-not-licensed = This address is not licensed to serve the country's vaccination service.
error-licence-terms-altered = The licence does not carry the terms of the MoU (free, not for sale or repackaging). The service is blocked.
