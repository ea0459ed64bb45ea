//! The stable error codes that clients and translations key on.

/// Every failure the API reports, as `{"errorCode": "...", "error": "<localised text>"}`.
///
/// The code strings never change once released; third-party apps branch on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// No tenant is served at the requested host or `/t/{code}` prefix.
    TenantNotFound,
    /// The tenant exists but NHA has suspended it.
    TenantSuspended,
    /// No route or no record matches.
    NotFound,
    /// The route exists but not for this HTTP method.
    MethodNotAllowed,
    /// A path or query parameter is missing or malformed.
    InvalidParameter,
    /// The JSON body could not be read.
    InvalidBody,
    /// The body is larger than the server accepts.
    PayloadTooLarge,
    /// The body is not JSON.
    UnsupportedMediaType,
    /// Too many requests from this client.
    RateLimited,
    /// A dependency (the database) is not reachable or not migrated.
    Unavailable,
    /// A fault on our side; the cause is logged, never returned.
    Internal,
}

impl ErrorCode {
    /// Every code, for exhaustive checks (every code has a message in every locale).
    pub const ALL: [ErrorCode; 11] = [
        Self::TenantNotFound,
        Self::TenantSuspended,
        Self::NotFound,
        Self::MethodNotAllowed,
        Self::InvalidParameter,
        Self::InvalidBody,
        Self::PayloadTooLarge,
        Self::UnsupportedMediaType,
        Self::RateLimited,
        Self::Unavailable,
        Self::Internal,
    ];

    /// The code as clients see it.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::TenantNotFound => "TENANT_NOT_FOUND",
            Self::TenantSuspended => "TENANT_SUSPENDED",
            Self::NotFound => "NOT_FOUND",
            Self::MethodNotAllowed => "METHOD_NOT_ALLOWED",
            Self::InvalidParameter => "INVALID_PARAMETER",
            Self::InvalidBody => "INVALID_BODY",
            Self::PayloadTooLarge => "PAYLOAD_TOO_LARGE",
            Self::UnsupportedMediaType => "UNSUPPORTED_MEDIA_TYPE",
            Self::RateLimited => "RATE_LIMITED",
            Self::Unavailable => "SERVICE_UNAVAILABLE",
            Self::Internal => "INTERNAL_ERROR",
        }
    }

    /// The HTTP status that goes with the code.
    pub fn http_status(&self) -> u16 {
        match self {
            Self::TenantNotFound | Self::NotFound => 404,
            Self::TenantSuspended => 403,
            Self::MethodNotAllowed => 405,
            Self::InvalidParameter | Self::InvalidBody => 400,
            Self::PayloadTooLarge => 413,
            Self::UnsupportedMediaType => 415,
            Self::RateLimited => 429,
            Self::Unavailable => 503,
            Self::Internal => 500,
        }
    }

    /// The Fluent message id of the human text (`locales/<lang>/errors.ftl`).
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::TenantNotFound => "error-tenant-not-found",
            Self::TenantSuspended => "error-tenant-suspended",
            Self::NotFound => "error-not-found",
            Self::MethodNotAllowed => "error-method-not-allowed",
            Self::InvalidParameter => "error-invalid-parameter",
            Self::InvalidBody => "error-invalid-body",
            Self::PayloadTooLarge => "error-payload-too-large",
            Self::UnsupportedMediaType => "error-unsupported-media-type",
            Self::RateLimited => "error-rate-limited",
            Self::Unavailable => "error-unavailable",
            Self::Internal => "error-internal",
        }
    }
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
