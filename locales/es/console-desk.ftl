# Spanish — console-desk.ftl: the admin console's vaccinator desk (today's list, verification, walk-ins, doses, offline queue)

console-nav-desk = Puesto de vacunación
console-nav-desk-queue = Dosis en este dispositivo
console-desk-title = Puesto de vacunación

## Connection and queue
console-desk-online = En línea
console-desk-offline = Sin conexión
console-desk-offline-explain = Las dosis que registre se guardan en este dispositivo y se envían en cuanto vuelva la red.
console-desk-pending-count = { $count ->
    [0] Ninguna dosis pendiente de envío
    [one] 1 dosis pendiente de envío
   *[other] { $count } dosis pendientes de envío
}
console-desk-queue-open = Ver dosis
console-desk-sync-now = Enviar ahora
console-desk-sync-title = Dosis enviadas
console-desk-sync-result = Registradas: { $recorded }. Ya registradas: { $duplicate }. Rechazadas: { $refused }.
console-desk-sync-unreachable = No se pudo contactar con el servidor; las dosis siguen en este dispositivo y se enviarán más tarde.
console-desk-sync-still-pending = { $count ->
    [one] Todavía queda 1 dosis pendiente.
   *[other] Todavía quedan { $count } dosis pendientes.
}
console-desk-sync-other-staff = Estas dosis las registró otro miembro del personal en este dispositivo: se enviarán cuando esa persona vuelva a iniciar sesión aquí.
console-desk-sync-nothing = No había nada pendiente de envío.
console-desk-storage-failed-title = Este navegador no puede guardar el trabajo del puesto
console-desk-storage-failed-text = El puesto necesita el almacenamiento del navegador (IndexedDB) para guardar las dosis cuando se cae la red. Salga de la navegación privada o use otro navegador.
console-desk-no-facility-title = Ningún centro
console-desk-no-facility-text = No está asignado a ningún centro activo. Pida a su administrador de distrito que le añada a uno.

## Today's list
console-desk-facility-label = Centro
console-desk-facility-at = Centro: { $facility }
console-desk-verify-document = Buscar por documento de identidad
console-desk-walk-in = Registrar a quien llega sin cita
console-desk-appointments-title = Citas del { $date }
console-desk-appointments-saved = Lista guardada a las { $time }: no hay red, así que puede no estar al día.
console-desk-appointments-search = Buscar por nombre o referencia
console-desk-appointments-none = No hay citas reservadas aquí para hoy.
console-desk-appointments-no-match = Nadie de la lista de hoy coincide con esta búsqueda.
console-desk-appointment-open = Verificar a { $name }, franja { $slot }
console-desk-appointment-line = Nacido en { $year } · { $slot }
console-desk-appointment-dose = Dosis { $dose } de { $vaccine }
console-desk-appointment-missing = Esta cita no está en la lista de hoy de este centro.
console-desk-back-to-list = Volver a la lista de hoy

## Verification
console-desk-verify-title = Verificar la cita
console-desk-code-label = Código de seguridad
console-desk-code-hint = Los 4 dígitos impresos en su comprobante de cita.
console-desk-code-invalid = Escriba los 4 dígitos del código de seguridad.
console-desk-code-submit = Verificar
console-desk-code-offline-title = Sin red: el código no se puede comprobar
console-desk-code-offline-text = Compruebe usted mismo el comprobante de cita y el documento de identidad. El servidor comprueba la dosis cuando se envía.
console-desk-code-offline-confirm = He comprobado sus documentos
console-desk-checked-by-eye = Comprobado por usted sin red: el servidor comprueba la dosis cuando se envía.
console-desk-document-title = Buscar por documento de identidad
console-desk-document-type = Documento de identidad
console-desk-document-number = Número del documento
console-desk-document-number-missing = Escriba el número del documento.
console-desk-document-submit = Buscar
console-desk-document-not-found = No encontrado
console-desk-document-offline-title = Sin red
console-desk-document-offline-text = Solo se puede buscar a alguien por su documento con red. Si aún no está registrado, regístrelo como llegada sin cita: el registro espera a la red junto con su dosis.

## The person
console-desk-person-born = Nacido en { $year }
console-desk-person-reference = Referencia { $reference }
console-desk-person-not-registered = Se registrará cuando vuelva la red
console-desk-person-no-doses = Aún sin dosis
console-desk-person-doses = Dosis hasta ahora
console-desk-person-dose-line = Dosis { $dose }: { $vaccine }, { $date }

## Walk-ins
console-desk-walk-in-title = Registrar a quien llega sin cita
console-desk-walk-in-name = Nombre completo (como en el documento)
console-desk-walk-in-name-missing = Escriba su nombre.
console-desk-walk-in-birth-year = Año de nacimiento
console-desk-walk-in-birth-year-invalid = Escriba un año de nacimiento, por ejemplo 1980.
console-desk-walk-in-gender = Género
console-desk-walk-in-mobile = Número de móvil
console-desk-walk-in-mobile-hint = Su cuenta es la de este número; se crea si es nueva.
console-desk-walk-in-mobile-invalid = Escriba un número de móvil.
console-desk-walk-in-submit = Registrar y continuar
console-desk-walk-in-refused = No registrado
console-desk-walk-in-registered = Registrado.
console-desk-walk-in-found = Ya estaba registrado: encontrado por su documento de identidad.
console-desk-walk-in-offline = Sin red: se registrará cuando vuelva la red, justo antes de enviar su dosis.

## Recording a dose
console-desk-record-form = Registrar la dosis
console-desk-record-vaccine = Vacuna
console-desk-record-dose = Dosis
console-desk-record-dose-option = Dosis { $dose }
console-desk-record-batch = Número de lote
console-desk-record-batch-hint = Se recuerda durante el día en este centro.
console-desk-record-batch-missing = Escriba el número de lote del vial.
console-desk-record-no-vaccine = Ninguna sesión de este centro ofrece vacuna hoy. Pida al responsable del centro que publique la sesión de hoy.
console-desk-record-submit = Registrar dosis { $dose } de { $vaccine }
console-desk-outcome-recorded = Dosis { $dose } de { $vaccine } registrada para { $name }.
console-desk-outcome-queued = Dosis { $dose } de { $vaccine } para { $name } guardada en este dispositivo.
console-desk-outcome-queued-text = Se enviará en cuanto vuelva la red.
console-desk-outcome-duplicate = La dosis { $dose } de { $vaccine } para { $name } ya estaba registrada: cuenta una sola vez.
console-desk-outcome-refused = La dosis { $dose } de { $vaccine } para { $name } no se ha registrado.
console-desk-outcome-already-queued = La dosis { $dose } de { $vaccine } para { $name } ya está en este dispositivo: cuenta una sola vez.
console-desk-outcome-change = Cambiar y registrar de nuevo
console-desk-outcome-next = Siguiente persona

## Doses on this device
console-desk-queue-title = Dosis en este dispositivo
console-desk-queue-last-sync = Último envío a las { $time }.
console-desk-queue-pending-title = Pendientes de envío ({ $count })
console-desk-queue-pending-none = Nada pendiente: todas las dosis registradas aquí han llegado al servidor.
console-desk-queue-settled-title = Enviadas hoy
console-desk-queue-settled-none = Aún no se ha enviado ninguna dosis desde este dispositivo hoy.
console-desk-queue-entry-dose = Dosis { $dose } de { $vaccine }, lote { $batch }, a las { $time }
console-desk-queue-entry-walk-in = Sin cita: se registra justo antes de enviar la dosis.
console-desk-queue-entry-attempts = { $count ->
    [one] Intentado 1 vez sin llegar al servidor.
   *[other] Intentado { $count } veces sin llegar al servidor.
}
console-desk-queue-dismiss = Quitar de la lista
console-desk-queue-dismiss-label = Quitar a { $name } de la lista
console-desk-status-pending = Pendiente
console-desk-status-recorded = Registrada
console-desk-status-duplicate = Ya registrada
console-desk-status-refused = Rechazada
