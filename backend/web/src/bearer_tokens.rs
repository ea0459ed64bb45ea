//! Bearer tokens: JWTs (HS256) signed with a key derived for the tenant, naming the tenant and the subject.
//! Citizens and staff get tokens of different audiences, so one can never pass for the other; another
//! tenant's key does not verify them, and the tenant claim is checked as well.

use cowin_core::TenantCode;
use cowin_privacy::TenantVault;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::ApiError;

/// Who a token is for.
#[derive(Debug, Clone, Copy)]
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

/// A token for `subject` of `tenant`, valid for `ttl_seconds`.
pub fn issue(vault: &TenantVault, tenant: TenantCode, audience: Audience, subject: Uuid, ttl_seconds: i64) -> Result<String, ApiError> {
    issue_in(vault, tenant.as_str(), audience, subject, ttl_seconds)
}

/// A platform-domain token for `subject` (`vault` is the platform's).
pub fn issue_platform(vault: &TenantVault, subject: Uuid, ttl_seconds: i64) -> Result<String, ApiError> {
    issue_in(vault, PLATFORM_REALM, Audience::Nha, subject, ttl_seconds)
}

fn issue_in(vault: &TenantVault, realm: &str, audience: Audience, subject: Uuid, ttl_seconds: i64) -> Result<String, ApiError> {
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
    .map_err(|error| ApiError::internal(&error))
}

/// The subject of a valid, unexpired token of `tenant` and `audience`.
pub fn verify(vault: &TenantVault, tenant: TenantCode, audience: Audience, token: &str) -> Option<Uuid> {
    verify_in(vault, tenant.as_str(), audience, token)
}

/// Whether `token` is a valid, unexpired token of `tenant` for anyone (a citizen or a staff member).
pub fn verifies_in_tenant(vault: &TenantVault, tenant: TenantCode, token: &str) -> bool {
    [Audience::Citizen, Audience::Staff]
        .into_iter()
        .any(|audience| verify(vault, tenant, audience, token).is_some())
}

/// The subject of a valid, unexpired platform-domain token.
pub fn verify_platform(vault: &TenantVault, token: &str) -> Option<Uuid> {
    verify_in(vault, PLATFORM_REALM, Audience::Nha, token)
}

fn verify_in(vault: &TenantVault, realm: &str, audience: Audience, token: &str) -> Option<Uuid> {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_audience(&[audience.claim()]);
    validation.leeway = 0;
    let data = jsonwebtoken::decode::<Claims>(token, &DecodingKey::from_secret(vault.token_key()), &validation).ok()?;
    (data.claims.tenant == realm).then_some(data.claims.sub)
}

/// The token of an `Authorization: Bearer ...` header.
pub fn from_header(req: &actix_web::HttpRequest) -> Option<String> {
    req.headers()
        .get(actix_web::http::header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(|token| token.trim().to_owned())
}
