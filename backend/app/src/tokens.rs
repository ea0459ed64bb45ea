//! Bearer tokens: JWTs (HS256) signed with a key derived for the tenant (or, for NHA, the platform), naming the
//! realm and the subject. Citizens, staff and NHA administrators get tokens of different audiences, so one can
//! never pass for another; another tenant's key does not verify them, and the realm claim is checked as well.

use cowin_core::TenantCode;
use cowin_privacy::{TenantVault, Vault};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Who a token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// A citizen's account.
    Citizen,
    /// A staff member.
    Staff,
    /// An NHA administrator (platform domain; signed with the platform's key, which no tenant shares).
    Nha,
}

impl Audience {
    fn claim(self) -> &'static str {
        match self {
            Self::Citizen => "cowin-citizen",
            Self::Staff => "cowin-staff",
            Self::Nha => "cowin-nha",
        }
    }
}

/// A working day: staff sign in at the start of a shift.
pub const STAFF_TOKEN_TTL_SECONDS: i64 = 10 * 3600;
/// A working day of NHA's administrators.
pub const NHA_TOKEN_TTL_SECONDS: i64 = 8 * 3600;

/// A token could not be made (the signing library failed: not the caller's fault).
#[derive(Debug, thiserror::Error)]
#[error("a token could not be signed: {0}")]
pub struct TokenError(String);

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    sub: Uuid,
    tenant: String,
    aud: String,
    iat: i64,
    exp: i64,
}

/// The realm claim of platform tokens: never a country code.
const PLATFORM_REALM: &str = "platform";

fn issue_in(vault: &TenantVault, realm: &str, audience: Audience, subject: Uuid, ttl_seconds: i64) -> Result<String, TokenError> {
    let now = chrono::Utc::now().timestamp();
    let claims = Claims {
        sub: subject,
        tenant: realm.to_owned(),
        aud: audience.claim().to_owned(),
        iat: now,
        exp: now + ttl_seconds,
    };
    jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(vault.token_key()),
    )
    .map_err(|error| TokenError(error.to_string()))
}

fn verify_in(vault: &TenantVault, realm: &str, audience: Audience, token: &str) -> Option<Uuid> {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_audience(&[audience.claim()]);
    validation.leeway = 0;
    let data = jsonwebtoken::decode::<Claims>(token, &DecodingKey::from_secret(vault.token_key()), &validation).ok()?;
    (data.claims.tenant == realm).then_some(data.claims.sub)
}

/// A token for `subject` of `tenant` and `audience` (citizen or staff), valid for `ttl_seconds`.
pub fn issue(vault: &Vault, tenant: TenantCode, audience: Audience, subject: Uuid, ttl_seconds: i64) -> Result<String, TokenError> {
    issue_in(&vault.tenant(tenant), tenant.as_str(), audience, subject, ttl_seconds)
}

/// The subject of a valid, unexpired token of `tenant` and `audience`.
pub fn verify(vault: &Vault, tenant: TenantCode, audience: Audience, token: &str) -> Option<Uuid> {
    verify_in(&vault.tenant(tenant), tenant.as_str(), audience, token)
}

/// Whether `token` is a valid, unexpired token of `tenant` for anyone (a citizen or a staff member).
pub fn verifies_in_tenant(vault: &Vault, tenant: TenantCode, token: &str) -> bool {
    [Audience::Citizen, Audience::Staff]
        .into_iter()
        .any(|audience| verify(vault, tenant, audience, token).is_some())
}

/// A platform-domain token for NHA administrator `subject`, valid for a working day.
pub fn issue_nha(vault: &Vault, subject: Uuid) -> Result<String, TokenError> {
    issue_in(&vault.platform(), PLATFORM_REALM, Audience::Nha, subject, NHA_TOKEN_TTL_SECONDS)
}

/// The administrator id in a valid, unexpired NHA token.
pub fn verify_nha(vault: &Vault, token: &str) -> Option<Uuid> {
    verify_in(&vault.platform(), PLATFORM_REALM, Audience::Nha, token)
}
