//! Staff bearer tokens: JWTs of a separate audience from citizens', signed with the tenant's token key.

use cowin_core::TenantCode;
use cowin_privacy::TenantVault;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::ApiError;

const AUDIENCE: &str = "cowin-staff";

/// A working day: staff sign in at the start of a shift.
pub const STAFF_TOKEN_TTL_SECONDS: i64 = 10 * 3600;

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    sub: Uuid,
    tenant: String,
    aud: String,
    iat: i64,
    exp: i64,
}

/// A token for staff member `id` of `tenant`.
pub fn issue(vault: &TenantVault, tenant: TenantCode, id: Uuid) -> Result<String, ApiError> {
    let now = chrono::Utc::now().timestamp();
    let claims = Claims {
        sub: id,
        tenant: tenant.as_str().to_owned(),
        aud: AUDIENCE.to_owned(),
        iat: now,
        exp: now + STAFF_TOKEN_TTL_SECONDS,
    };
    jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(vault.token_key()),
    )
    .map_err(|error| ApiError::internal(&error))
}

/// The staff id in a valid, unexpired staff token of `tenant`.
pub fn verify(vault: &TenantVault, tenant: TenantCode, token: &str) -> Option<Uuid> {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_audience(&[AUDIENCE]);
    validation.leeway = 0;
    let data = jsonwebtoken::decode::<Claims>(token, &DecodingKey::from_secret(vault.token_key()), &validation).ok()?;
    (data.claims.tenant == tenant.as_str()).then_some(data.claims.sub)
}
