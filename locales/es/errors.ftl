# Spanish — errors.ftl
error-tenant-not-found = En esta dirección no se presta el servicio de vacunación de ningún país.
error-tenant-suspended = El servicio de vacunación de este país está suspendido. Por favor, comuníquese con el ministerio de salud.
error-not-found = El recurso solicitado no existe.
error-method-not-allowed = Este método no está permitido en este recurso.
error-invalid-parameter = El parámetro “{ $name }” falta o no es válido.
error-invalid-body = El cuerpo de la solicitud no es válido.
error-payload-too-large = La solicitud es demasiado grande.
error-unsupported-media-type = La solicitud debe enviarse en formato JSON.
error-internal = Ocurrió un error de nuestra parte. Por favor, inténtelo de nuevo más tarde.
error-unavailable = El servicio no está disponible temporalmente. Por favor, inténtelo de nuevo en unos momentos.
error-rate-limited = Demasiadas solicitudes. Por favor, inténtelo de nuevo en { $seconds } segundos.
error-tenant-config-invalid = La configuración del inquilino no es válida: { $reason }
error-confirmation-mismatch = Para confirmar, envíe el código de país { $code } como “confirm”.
error-configuration-changed = Otra persona cambió la configuración desde que la abrió (ahora versión { $version }). Vuelva a cargarla y repita su cambio.
error-tenant-on-other-cluster = Los datos de este país están en el clúster de base de datos { $cluster }. Muévalos al clúster “main” antes de exportarlos o dar de baja el país.
