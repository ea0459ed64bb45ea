# English — console-desk.ftl: the admin console's vaccinator desk (today's list, verification, walk-ins, doses, offline queue)

console-nav-desk = Vaccinator desk
console-nav-desk-queue = Doses on this device
console-desk-title = Vaccinator desk

## Connection and queue
console-desk-online = Online
console-desk-offline = Offline
console-desk-offline-explain = Doses you record are kept on this device and sent as soon as the network is back.
console-desk-pending-count = { $count ->
    [0] No doses waiting to be sent
    [one] 1 dose waiting to be sent
   *[other] { $count } doses waiting to be sent
}
console-desk-queue-open = See doses
console-desk-sync-now = Send now
console-desk-sync-title = Doses sent
console-desk-sync-result = Recorded: { $recorded }. Already recorded: { $duplicate }. Refused: { $refused }.
console-desk-sync-unreachable = The server could not be reached; the doses stay on this device and are sent later.
console-desk-sync-still-pending = { $count ->
    [one] 1 dose is still waiting.
   *[other] { $count } doses are still waiting.
}
console-desk-sync-other-staff = These doses were recorded by another staff member on this device: they are sent when that person signs in here again.
console-desk-sync-nothing = Nothing was waiting to be sent.
console-desk-storage-failed-title = This browser cannot keep the desk's work
console-desk-storage-failed-text = The desk needs the browser's storage (IndexedDB) to keep doses when the network drops. Leave private browsing, or use another browser.
console-desk-no-facility-title = No facility
console-desk-no-facility-text = You are not assigned to an active facility. Ask your district administrator to add you to one.

## Today's list
console-desk-facility-label = Facility
console-desk-facility-at = Facility: { $facility }
console-desk-verify-document = Find by identity document
console-desk-walk-in = Register a walk-in
console-desk-appointments-title = Appointments on { $date }
console-desk-appointments-saved = Saved list from { $time }: the network is down, so it may be out of date.
console-desk-appointments-search = Find by name or reference
console-desk-appointments-none = No appointments are booked here for today.
console-desk-appointments-no-match = Nobody on today's list matches this search.
console-desk-appointment-open = Verify { $name }, slot { $slot }
console-desk-appointment-line = Born { $year } · { $slot }
console-desk-appointment-dose = Dose { $dose } of { $vaccine }
console-desk-appointment-missing = This appointment is not on today's list of this facility.
console-desk-back-to-list = Back to today's list

## Verification
console-desk-verify-title = Verify the appointment
console-desk-code-label = Security code
console-desk-code-hint = The 4 digits printed on their appointment slip.
console-desk-code-invalid = Enter the 4 digits of the security code.
console-desk-code-submit = Verify
console-desk-code-offline-title = No network: the code cannot be checked
console-desk-code-offline-text = Check their appointment slip and their identity document yourself. The server checks the dose when it is sent.
console-desk-code-offline-confirm = I have checked their documents
console-desk-checked-by-eye = Checked by you without the network: the server checks the dose when it is sent.
console-desk-document-title = Find by identity document
console-desk-document-type = Identity document
console-desk-document-number = Document number
console-desk-document-number-missing = Enter the document number.
console-desk-document-submit = Find
console-desk-document-not-found = Not found
console-desk-document-offline-title = No network
console-desk-document-offline-text = A person can be found by their document only while online. If they are not registered yet, register them as a walk-in: the registration waits for the network with their dose.

## The person
console-desk-person-born = Born in { $year }
console-desk-person-reference = Reference { $reference }
console-desk-person-not-registered = Registered when the network is back
console-desk-person-no-doses = No doses yet
console-desk-person-doses = Doses so far
console-desk-person-dose-line = Dose { $dose }: { $vaccine }, { $date }

## Walk-ins
console-desk-walk-in-title = Register a walk-in
console-desk-walk-in-name = Full name (as on the document)
console-desk-walk-in-name-missing = Enter their name.
console-desk-walk-in-birth-year = Year of birth
console-desk-walk-in-birth-year-invalid = Enter a year of birth such as 1980.
console-desk-walk-in-gender = Gender
console-desk-walk-in-mobile = Mobile number
console-desk-walk-in-mobile-hint = Their account is this number's; it is created if new.
console-desk-walk-in-mobile-invalid = Enter a mobile number.
console-desk-walk-in-submit = Register and continue
console-desk-walk-in-refused = Not registered
console-desk-walk-in-registered = Registered.
console-desk-walk-in-found = Already registered: found by their identity document.
console-desk-walk-in-offline = No network: they will be registered when the network is back, just before their dose is sent.

## Recording a dose
console-desk-record-form = Record the dose
console-desk-record-vaccine = Vaccine
console-desk-record-dose = Dose
console-desk-record-dose-option = Dose { $dose }
console-desk-record-batch = Batch number
console-desk-record-batch-hint = Remembered for today at this facility.
console-desk-record-batch-missing = Enter the batch number of the vial.
console-desk-record-no-vaccine = No session of this facility today gives a vaccine. Ask your facility manager to publish today's session.
console-desk-record-submit = Record dose { $dose } of { $vaccine }
console-desk-outcome-recorded = Dose { $dose } of { $vaccine } recorded for { $name }.
console-desk-outcome-queued = Dose { $dose } of { $vaccine } for { $name } saved on this device.
console-desk-outcome-queued-text = It is sent as soon as the network is back.
console-desk-outcome-duplicate = Dose { $dose } of { $vaccine } for { $name } was already recorded: it counts once.
console-desk-outcome-refused = Dose { $dose } of { $vaccine } for { $name } was not recorded.
console-desk-outcome-already-queued = Dose { $dose } of { $vaccine } for { $name } is already on this device: it counts once.
console-desk-outcome-change = Change and record again
console-desk-outcome-next = Next person

## Doses on this device
console-desk-queue-title = Doses on this device
console-desk-queue-last-sync = Last sent at { $time }.
console-desk-queue-pending-title = { $count ->
    [one] Waiting to be sent (1)
   *[other] Waiting to be sent ({ $count })
}
console-desk-queue-pending-none = Nothing is waiting: every dose recorded here has reached the server.
console-desk-queue-settled-title = Sent today
console-desk-queue-settled-none = No doses sent from this device today yet.
console-desk-queue-entry-dose = Dose { $dose } of { $vaccine }, batch { $batch }, at { $time }
console-desk-queue-entry-walk-in = Walk-in: registered just before the dose is sent.
console-desk-queue-entry-attempts = { $count ->
    [one] Tried once without reaching the server.
   *[other] Tried { $count } times without reaching the server.
}
console-desk-queue-dismiss = Remove from list
console-desk-queue-dismiss-label = Remove { $name } from the list
console-desk-status-pending = Waiting
console-desk-status-recorded = Recorded
console-desk-status-duplicate = Already recorded
console-desk-status-refused = Refused
