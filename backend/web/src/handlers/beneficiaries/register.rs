//! `POST /v2/registration/beneficiary/new`.

use actix_web::{HttpResponse, web};
use chrono::Datelike;
use cowin_core::{BeneficiaryRef, ErrorCode};
use cowin_privacy::Field;
use cowin_store::TenantTxn;
use cowin_store::citizens::beneficiaries::{NewBeneficiary, RegisterError, register};
use rand::RngCore;
use serde::Deserialize;
use serde_json::json;

use crate::citizen::tokens::Citizen;
use crate::error::MessageArg;
use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::local_day::today;
use crate::handlers::params::LenientNumber;
use crate::{ApiError, AppState};

/// The request body, in CoWIN's field names.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct Registration {
    name: String,
    #[schema(value_type = i64)]
    birth_year: LenientNumber,
    #[schema(value_type = i64)]
    gender_id: LenientNumber,
    #[schema(value_type = i64)]
    photo_id_type: LenientNumber,
    photo_id_number: String,
    comorbidity_ind: Option<String>,
    consent_version: Option<String>,
}

/// Tries a few random references; two colliding among 9 × 10^13 is the only reason to retry.
const REFERENCE_ATTEMPTS: usize = 3;

/// Registers a member of the account; answers `{"beneficiary_reference_id"}`.
#[utoipa::path(post, path = "/api/v2/registration/beneficiary/new", tag = "beneficiaries", request_body = Registration, security(("bearer" = [])),
    responses((status = 200, description = "`{\"beneficiary_reference_id\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn register_beneficiary(
    tenant: Tenant,
    locale: RequestLocale,
    citizen: Citizen,
    state: web::Data<AppState>,
    body: web::Json<Registration>,
) -> Result<HttpResponse, ApiError> {
    let name = body.name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(ApiError::invalid_parameter("name"));
    }
    let year = i64::from(today(&tenant).year());
    let birth_year = i16::try_from(body.birth_year.0)
        .ok()
        .filter(|y| (year - 120..=year).contains(&i64::from(*y)))
        .ok_or_else(|| ApiError::invalid_parameter("birth_year"))?;
    let gender_id = i32::try_from(body.gender_id.0)
        .ok()
        .filter(|id| tenant.config.genders.iter().any(|g| g.id == *id))
        .ok_or_else(|| ApiError::invalid_parameter("gender_id"))?;
    let document = i32::try_from(body.photo_id_type.0)
        .ok()
        .and_then(|id| tenant.config.id_document(id))
        .ok_or_else(|| ApiError::invalid_parameter("photo_id_type"))?;
    let number = body.photo_id_number.trim();
    if !document.pattern.matches(number) {
        let document_name = document.name.get(&locale.locale, &locale.default).to_owned();
        return Err(ApiError::new(ErrorCode::InvalidIdDocument).with_arg("document", MessageArg::Text(document_name)));
    }
    let comorbidity = match body.comorbidity_ind.as_deref().map(str::trim) {
        None | Some("N") => false,
        Some("Y") => true,
        Some(_) => return Err(ApiError::invalid_parameter("comorbidity_ind")),
    };

    let vault = state.vault.tenant(tenant.code);
    let limit = i64::from(tenant.config.members_per_account);
    for _ in 0..REFERENCE_ATTEMPTS {
        let reference = BeneficiaryRef::from_random(rand::thread_rng().next_u64());
        let new = NewBeneficiary {
            reference,
            account: citizen.account,
            name: name.to_owned(),
            birth_year,
            gender_id,
            id_type: document.id,
            id_hash: vault.hash(Field::IdNumber, &format!("{}:{number}", document.id)),
            id_sealed: vault.seal(Field::IdNumber, number),
            comorbidity,
            consent_version: body.consent_version.clone(),
        };
        let txn = TenantTxn::begin(&state.db, tenant.code).await?;
        match register(&txn, new, limit).await {
            Ok(()) => {
                txn.commit().await?;
                return Ok(HttpResponse::Ok().json(json!({ "beneficiary_reference_id": reference.to_string() })));
            }
            Err(RegisterError::MemberLimit(limit)) => {
                return Err(
                    ApiError::new(ErrorCode::MemberLimitReached).with_arg("limit", MessageArg::Number(u64::try_from(limit).unwrap_or(0)))
                );
            }
            Err(RegisterError::DocumentRegistered) => return Err(ApiError::new(ErrorCode::IdDocumentRegistered)),
            Err(RegisterError::Database(error)) if cowin_store::citizens::is_unique_violation(&error, "beneficiaries_pkey") => continue,
            Err(RegisterError::Database(error)) => return Err(error.into()),
        }
    }
    Err(ApiError::internal(&"no free beneficiary reference after several attempts"))
}
