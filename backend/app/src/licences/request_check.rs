//! The licence check of every request: the tenant's licence is in force and names the requested hostname.

use cowin_core::Hostname;
use cowin_licence::LicenceRefusal;

use super::LicenceState;

/// Paths (below a tenant's base) that stay open while the tenant's licence blocks it, so certificates already
/// issued stay verifiable: citizens are not punished for their government's licence.
const VERIFICATION_PATHS: [&str; 5] = [
    "/.well-known/",
    "/verify",
    "/api/certificates/verify",
    "/api/certificates/revocations",
    "/api/certificates/document-signers",
];

/// Whether `path` (below a tenant's base) only serves the verification of certificates: an open path itself or
/// anything below it (a segment boundary, so `/verifying` is not `/verify`).
pub fn is_verification(path: &str) -> bool {
    VERIFICATION_PATHS.iter().any(|open| {
        let open = open.trim_end_matches('/');
        path == open || path.strip_prefix(open).is_some_and(|rest| rest.starts_with('/'))
    })
}

/// Whether a request for `path` (below the tenant's base) at `host` may be served under `licence`. A hostname
/// the licence does not name is never served (that is how a repackaged copy shows itself); any other
/// refusal leaves verification open.
pub fn check(licence: &LicenceState, host: Option<&Hostname>, path: &str) -> Result<(), LicenceRefusal> {
    let judged = match licence.as_ref() {
        Ok(verified) => {
            let host = host.map(Hostname::as_str).unwrap_or_default();
            verified.allows_host(host)?;
            verified.in_force_at(chrono::Utc::now())
        }
        Err(refusal) => Err(refusal.clone()),
    };
    match judged {
        Err(refusal) if !is_verification(path) => Err(refusal),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verification_stays_open_and_nothing_else_does() {
        assert!(is_verification("/.well-known/jwks.json"));
        assert!(is_verification("/api/certificates/verify"));
        assert!(is_verification("/verify"));
        assert!(!is_verification("/verifying"));
        assert!(!is_verification("/api/v2/admin/location/states"));
        let blocked: LicenceState = std::sync::Arc::new(Err(LicenceRefusal::Expired));
        assert_eq!(check(&blocked, None, "/api/staff/doses"), Err(LicenceRefusal::Expired));
        assert_eq!(check(&blocked, None, "/api/certificates/verify"), Ok(()));
    }
}
