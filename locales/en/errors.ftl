# English — errors.ftl
error-tenant-not-found = No country's vaccination service is served at this address.
error-tenant-suspended = This country's vaccination service is suspended. Please contact the ministry of health.
error-not-found = The requested resource does not exist.
error-method-not-allowed = This method is not allowed on this resource.
error-invalid-parameter = The parameter “{ $name }” is missing or not valid.
error-invalid-body = The request body is not valid.
error-payload-too-large = The request is too large.
error-unsupported-media-type = The request must be sent as JSON.
error-internal = Something went wrong on our side. Please try again later.
error-unavailable = The service is temporarily unavailable. Please try again shortly.
error-rate-limited = Too many requests. Please try again in { $seconds } seconds.
error-tenant-config-invalid = The tenant configuration is not valid: { $reason }
error-confirmation-mismatch = To confirm, send the country code { $code } as “confirm”.
error-configuration-changed = The configuration was changed by someone else since you opened it (now version { $version }). Reload it and make your change again.
error-tenant-on-other-cluster = This country's data is on database cluster { $cluster }. Move it to cluster main before exporting or offboarding it.
