//! The stable error codes that clients and translations key on.

/// Declares the error codes in one table: variant, the code clients see, the HTTP status and the Fluent
/// message id. One row per failure keeps the four facts of a code together.
macro_rules! error_codes {
    ($($(#[$doc:meta])* $variant:ident => ($code:literal, $status:literal, $message:literal),)+) => {
        /// Every failure the API reports, as `{"errorCode": "...", "error": "<localised text>"}`.
        ///
        /// The code strings never change once released; third-party apps branch on them.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ErrorCode {
            $($(#[$doc])* $variant,)+
        }

        impl ErrorCode {
            /// Every code, for exhaustive checks (every code has a message in every locale).
            pub const ALL: &'static [ErrorCode] = &[$(Self::$variant,)+];

            /// The code as clients see it.
            pub fn as_str(&self) -> &'static str {
                match self { $(Self::$variant => $code,)+ }
            }

            /// The HTTP status that goes with the code.
            pub fn http_status(&self) -> u16 {
                match self { $(Self::$variant => $status,)+ }
            }

            /// The Fluent message id of the human text (`locales/<lang>/*.ftl`).
            pub fn message_id(&self) -> &'static str {
                match self { $(Self::$variant => $message,)+ }
            }
        }
    };
}

error_codes! {
    /// No tenant is served at the requested host or `/t/{code}` prefix.
    TenantNotFound => ("TENANT_NOT_FOUND", 404, "error-tenant-not-found"),
    /// The tenant exists but NHA has suspended it.
    TenantSuspended => ("TENANT_SUSPENDED", 403, "error-tenant-suspended"),
    /// No route or no record matches.
    NotFound => ("NOT_FOUND", 404, "error-not-found"),
    /// The route exists but not for this HTTP method.
    MethodNotAllowed => ("METHOD_NOT_ALLOWED", 405, "error-method-not-allowed"),
    /// A path or query parameter is missing or malformed.
    InvalidParameter => ("INVALID_PARAMETER", 400, "error-invalid-parameter"),
    /// The JSON body could not be read.
    InvalidBody => ("INVALID_BODY", 400, "error-invalid-body"),
    /// The body is larger than the server accepts.
    PayloadTooLarge => ("PAYLOAD_TOO_LARGE", 413, "error-payload-too-large"),
    /// The body is not JSON.
    UnsupportedMediaType => ("UNSUPPORTED_MEDIA_TYPE", 415, "error-unsupported-media-type"),
    /// Too many requests from this client.
    RateLimited => ("RATE_LIMITED", 429, "error-rate-limited"),
    /// A dependency (the database) is not reachable or not migrated.
    Unavailable => ("SERVICE_UNAVAILABLE", 503, "error-unavailable"),
    /// A fault on our side; the cause is logged, never returned.
    Internal => ("INTERNAL_ERROR", 500, "error-internal"),
    /// No valid bearer token of this tenant.
    Unauthenticated => ("UNAUTHENTICATED", 401, "error-unauthenticated"),
    /// The mobile number does not match the tenant's format.
    InvalidMobile => ("INVALID_MOBILE", 400, "error-invalid-mobile"),
    /// The OTP hash does not match.
    OtpInvalid => ("OTP_INVALID", 401, "error-otp-invalid"),
    /// The OTP transaction is unknown, expired or already used.
    OtpExpired => ("OTP_EXPIRED", 401, "error-otp-expired"),
    /// Five wrong OTPs: the transaction is closed.
    OtpAttemptsExceeded => ("OTP_ATTEMPTS_EXCEEDED", 401, "error-otp-attempts-exceeded"),
    /// The SMS or e-mail could not be sent.
    OtpDeliveryFailed => ("OTP_DELIVERY_FAILED", 503, "error-otp-delivery-failed"),
    /// The ID document number does not match its type's format.
    InvalidIdDocument => ("INVALID_ID_DOCUMENT", 400, "error-invalid-id-document"),
    /// A passport number added for travel is not one (ICAO Doc 9303: 5 to 9 letters and digits).
    InvalidPassport => ("INVALID_PASSPORT_NUMBER", 400, "error-invalid-passport"),
    /// The ID document is already registered in this tenant.
    IdDocumentRegistered => ("ID_DOCUMENT_ALREADY_REGISTERED", 409, "error-id-document-registered"),
    /// The account has the tenant's maximum of members.
    MemberLimitReached => ("MEMBER_LIMIT_REACHED", 409, "error-member-limit-reached"),
    /// No such beneficiary on this account.
    BeneficiaryNotFound => ("BENEFICIARY_NOT_FOUND", 404, "error-beneficiary-not-found"),
    /// A vaccinated beneficiary cannot be deleted.
    BeneficiaryVaccinated => ("BENEFICIARY_VACCINATED", 409, "error-beneficiary-vaccinated"),
    /// No such session.
    SessionNotFound => ("SESSION_NOT_FOUND", 404, "error-session-not-found"),
    /// The session's day has passed.
    SessionClosed => ("SESSION_CLOSED", 400, "error-session-closed"),
    /// The slot is not one of the session's.
    SlotNotOffered => ("SLOT_NOT_OFFERED", 400, "error-slot-not-offered"),
    /// No capacity left for the dose.
    NoCapacity => ("NO_CAPACITY", 409, "error-no-capacity"),
    /// Outside the session's or the vaccine's age limits.
    AgeNotEligible => ("AGE_NOT_ELIGIBLE", 400, "error-age-not-eligible"),
    /// Not the next dose due.
    DoseOutOfOrder => ("DOSE_OUT_OF_ORDER", 400, "error-dose-out-of-order"),
    /// The minimum interval has not passed.
    DoseTooEarly => ("DOSE_TOO_EARLY", 400, "error-dose-too-early"),
    /// The session's vaccine may not follow the earlier doses.
    VaccineMismatch => ("VACCINE_MISMATCH", 400, "error-vaccine-mismatch"),
    /// An appointment for this dose exists.
    AlreadyBooked => ("ALREADY_BOOKED", 409, "error-already-booked"),
    /// No such appointment on this account.
    AppointmentNotFound => ("APPOINTMENT_NOT_FOUND", 404, "error-appointment-not-found"),
    /// The appointment was completed.
    AppointmentCompleted => ("APPOINTMENT_COMPLETED", 409, "error-appointment-completed"),
    /// A citizen's request was already decided.
    RequestDecided => ("REQUEST_DECIDED", 409, "error-request-decided"),
    /// Unknown e-mail, wrong password or disabled account (deliberately not told apart).
    StaffLoginFailed => ("STAFF_LOGIN_FAILED", 401, "error-staff-login-failed"),
    /// The staff member's role may not do this, here.
    Forbidden => ("FORBIDDEN", 403, "error-forbidden"),
    /// A change was sent with a session cookie but without the session's CSRF token (another site's form).
    CsrfRejected => ("CSRF_REJECTED", 403, "error-csrf-rejected"),
    /// The invitation is unknown, used or expired.
    InvitationInvalid => ("INVITATION_INVALID", 400, "error-invitation-invalid"),
    /// The chosen password is too short.
    WeakPassword => ("WEAK_PASSWORD", 400, "error-weak-password"),
    /// No such staff member in this tenant.
    StaffNotFound => ("STAFF_NOT_FOUND", 404, "error-staff-not-found"),
    /// An e-mail (other than an OTP) could not be sent.
    MailDeliveryFailed => ("MAIL_DELIVERY_FAILED", 503, "error-mail-delivery-failed"),
    /// The security code or document does not identify a beneficiary booked here.
    VerificationFailed => ("VERIFICATION_FAILED", 400, "error-verification-failed"),
    /// This dose of this beneficiary is already recorded.
    DoseAlreadyRecorded => ("DOSE_ALREADY_RECORDED", 409, "error-dose-already-recorded"),
    /// The idempotency key was used for a different dose.
    IdempotencyKeyReused => ("IDEMPOTENCY_KEY_REUSED", 409, "error-idempotency-key-reused"),
    /// No such facility.
    FacilityNotFound => ("FACILITY_NOT_FOUND", 404, "error-facility-not-found"),
    /// The facility is defined in tenant.toml; change it there.
    FacilityManagedByConfig => ("FACILITY_MANAGED_BY_CONFIG", 409, "error-facility-managed-by-config"),
    /// The facility already has a session of this vaccine that day.
    SessionExists => ("SESSION_EXISTS", 409, "error-session-exists"),
    /// Capacity below the places already booked.
    CapacityBelowBooked => ("CAPACITY_BELOW_BOOKED", 409, "error-capacity-below-booked"),
    /// People are booked into the session: its day, age band and booked slots cannot change.
    SessionHasBookings => ("SESSION_HAS_BOOKINGS", 409, "error-session-has-bookings"),
    /// Someone with this e-mail is already staff of this tenant.
    StaffEmailRegistered => ("STAFF_EMAIL_REGISTERED", 409, "error-staff-email-registered"),
    /// The country has no licence installed.
    LicenceMissing => ("LICENCE_MISSING", 403, "error-licence-missing"),
    /// The licence is not an NHA-signed document, or was changed after signing.
    LicenceForged => ("LICENCE_FORGED", 403, "error-licence-forged"),
    /// The licence is signed with a key this server does not trust.
    LicenceUntrustedKey => ("LICENCE_UNTRUSTED_KEY", 403, "error-licence-untrusted-key"),
    /// The licence has expired.
    LicenceExpired => ("LICENCE_EXPIRED", 403, "error-licence-expired"),
    /// The licence is not valid yet.
    LicenceNotYetValid => ("LICENCE_NOT_YET_VALID", 403, "error-licence-not-yet-valid"),
    /// NHA revoked the licence.
    LicenceRevoked => ("LICENCE_REVOKED", 403, "error-licence-revoked"),
    /// The licence is for another country.
    LicenceOtherCountry => ("LICENCE_OTHER_COUNTRY", 403, "error-licence-other-country"),
    /// The licence is for another deployment.
    LicenceOtherDeployment => ("LICENCE_OTHER_DEPLOYMENT", 403, "error-licence-other-deployment"),
    /// The requested hostname is not licensed.
    LicenceHostNotLicensed => ("LICENCE_HOST_NOT_LICENSED", 403, "error-licence-host-not-licensed"),
    /// The licence relaxes the MoU terms.
    LicenceTermsAltered => ("LICENCE_TERMS_ALTERED", 403, "error-licence-terms-altered"),
    /// The beneficiary has no valid certificate (no dose recorded yet).
    CertificateNotFound => ("CERTIFICATE_NOT_FOUND", 404, "error-certificate-not-found"),
    /// What was sent for verification is none of the certificate formats (or its QR code cannot be read).
    NotACertificate => ("NOT_A_CERTIFICATE", 400, "error-not-a-certificate"),
    /// A picture uploaded for verification is larger than a phone photo.
    ImageTooLarge => ("IMAGE_TOO_LARGE", 413, "error-image-too-large"),
    /// An uploaded tenant configuration (a zip of its folder) is not valid.
    TenantConfigInvalid => ("TENANT_CONFIG_INVALID", 422, "error-tenant-config-invalid"),
    /// A destructive action was not confirmed by repeating the tenant's code.
    ConfirmationMismatch => ("CONFIRMATION_MISMATCH", 400, "error-confirmation-mismatch"),
    /// The configuration changed since the version an edit started from.
    ConfigurationChanged => ("CONFIGURATION_CHANGED", 409, "error-configuration-changed"),
    /// An archive was asked of a tenant placed on a database cluster other than the platform's.
    TenantOnOtherCluster => ("TENANT_ON_OTHER_CLUSTER", 409, "error-tenant-on-other-cluster"),
}

/// A value for a placeable of an error's message (`{ $name }`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageArg {
    /// Text, such as a parameter name.
    Text(String),
    /// A number, such as seconds to wait.
    Number(u64),
    /// A day, written as the reader's language writes dates in the tenant's country.
    Date(chrono::NaiveDate),
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_and_message_ids_are_unique() {
        let codes: HashSet<_> = ErrorCode::ALL.iter().map(ErrorCode::as_str).collect();
        let ids: HashSet<_> = ErrorCode::ALL.iter().map(ErrorCode::message_id).collect();
        assert_eq!(codes.len(), ErrorCode::ALL.len());
        assert_eq!(ids.len(), ErrorCode::ALL.len());
        assert!(ErrorCode::ALL.iter().all(|c| (400..600).contains(&c.http_status())));
    }
}
