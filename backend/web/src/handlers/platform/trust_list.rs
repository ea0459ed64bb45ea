//! `GET /platform/trust-list`: NHA's signed list of licensed, active countries and their certificate keys (a
//! compact JWS, `application/jose`), and `GET /platform/.well-known/jwks.json`: the key it is signed with. A
//! country whose licence is revoked, expired or missing, or that NHA suspended, is not on the list.

use actix_web::{HttpResponse, web};
use cowin_certify::trust_list::{self, ListedCountry};
use cowin_core::TenantStatus;

use crate::AppState;

/// How long a verifier may rely on a fetched list.
const LIST_LIFETIME_SECONDS: i64 = 24 * 3600;
/// Who signs the list.
const ISSUER: &str = "National Health Authority, Government of India (CoWIN Global)";

/// The signed list, made afresh from the current tenants and keys.
pub(crate) async fn trust_list(state: web::Data<AppState>) -> HttpResponse {
    let keys = state.key_ring.public();
    let now = chrono::Utc::now();
    let mut tenants = state.tenants.all();
    tenants.sort_by_key(|tenant| tenant.code);
    let licensed: Vec<(std::sync::Arc<cowin_store::tenants::TenantRecord>, String)> = tenants
        .into_iter()
        .filter(|tenant| tenant.status == TenantStatus::Active)
        .filter_map(|tenant| {
            let judged = state.tenants.licence(tenant.code)?;
            let id = cowin_licence::standing_at(&judged, now).ok()?.id().to_owned();
            Some((tenant, id))
        })
        .collect();
    let countries: Vec<ListedCountry<'_>> = licensed
        .iter()
        .map(|(tenant, licence_id)| ListedCountry {
            country: tenant.code.as_str(),
            licence_id,
            issuer_host: tenant.config.issuer_host(),
            keys: keys.of(tenant.code),
        })
        .collect();
    let claims = trust_list::claims(ISSUER, now.timestamp(), LIST_LIFETIME_SECONDS, &countries);
    HttpResponse::Ok()
        .content_type("application/jose")
        .insert_header(("cache-control", "public, max-age=60"))
        .body(trust_list::sign(&claims, &state.trust_list_signer))
}

/// The list's signing key as a JWKS.
pub(crate) async fn signer_keys(state: web::Data<AppState>) -> HttpResponse {
    let signer = &state.trust_list_signer;
    HttpResponse::Ok()
        .insert_header(("cache-control", "public, max-age=300"))
        .json(trust_list::signer_jwks(&signer.kid, &signer.public_key))
}
