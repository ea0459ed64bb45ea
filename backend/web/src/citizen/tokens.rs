//! Citizens' bearer tokens: JWTs (HS256) signed with a key derived for the tenant, naming the tenant and
//! the account. Another tenant's key does not verify them, and the tenant claim is checked as well.

use std::future::{Ready, ready};

use actix_web::http::header::AUTHORIZATION;
use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, web};
use cowin_core::{ErrorCode, TenantCode};
use cowin_privacy::TenantVault;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::extractors::Tenant;
use crate::{ApiError, AppState};

const AUDIENCE: &str = "cowin-citizen";

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    sub: Uuid,
    tenant: String,
    aud: String,
    iat: i64,
    exp: i64,
}

/// Issues a token for `account` of `tenant`, valid for `ttl_seconds`.
pub fn issue(vault: &TenantVault, tenant: TenantCode, account: Uuid, ttl_seconds: i64) -> Result<String, ApiError> {
    let now = chrono::Utc::now().timestamp();
    let claims = Claims {
        sub: account,
        tenant: tenant.as_str().to_owned(),
        aud: AUDIENCE.to_owned(),
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

/// Reads the account from a token, which must be valid, unexpired and of `tenant`.
pub fn verify(vault: &TenantVault, tenant: TenantCode, token: &str) -> Option<Uuid> {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_audience(&[AUDIENCE]);
    validation.leeway = 0;
    let data = jsonwebtoken::decode::<Claims>(token, &DecodingKey::from_secret(vault.token_key()), &validation).ok()?;
    (data.claims.tenant == tenant.as_str()).then_some(data.claims.sub)
}

/// A signed-in citizen of the request's tenant.
#[derive(Debug, Clone, Copy)]
pub struct Citizen {
    /// The account.
    pub account: Uuid,
}

impl FromRequest for Citizen {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let unauthenticated = || ApiError::new(ErrorCode::Unauthenticated);
        let tenant = req.extensions().get::<Tenant>().cloned();
        let state = req.app_data::<web::Data<AppState>>();
        let token = req
            .headers()
            .get(AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "));
        let account = match (tenant, state, token) {
            (Some(tenant), Some(state), Some(token)) => verify(&state.vault.tenant(tenant.code), tenant.code, token.trim()),
            _ => None,
        };
        ready(account.map(|account| Self { account }).ok_or_else(unauthenticated))
    }
}
