//! `POST /api/citizen/requests`: a citizen asks for a correction or raises a grievance about one of their members.

use actix_web::{HttpResponse, web};
use cowin_app::vaccination::requests::{Filing, RequestKind};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::extractors::{Citizen, Tenant};
use crate::handlers::json_body::Json;
use crate::handlers::params::reference;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct NewCitizenRequest {
    /// The member concerned.
    beneficiary_reference_id: String,
    /// `name`, `birth_year`, `gender` (corrections), `wrong_dose`, `no_certificate`, `other` (grievances).
    kind: String,
    /// For a correction: the corrected name, year of birth or gender id.
    value: Option<String>,
    /// What happened (required for a grievance), at most 1,000 characters.
    #[serde(default)]
    details: String,
}

/// The request filed.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Filed {
    /// Follow the request by it.
    tracking_number: String,
}

/// Files the request; staff see it at once, the citizen follows it by its tracking number.
#[utoipa::path(post, path = "/api/citizen/requests", tag = "requests", request_body = NewCitizenRequest, security(("bearer" = [])),
    responses((status = 201, body = Filed)))]
pub(crate) async fn file(
    citizen: Citizen,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: Json<NewCitizenRequest>,
) -> Result<HttpResponse, ApiError> {
    let filing = Filing {
        beneficiary: reference(&body.beneficiary_reference_id, "beneficiary_reference_id")?,
        kind: RequestKind::parse(&body.kind).ok_or_else(|| ApiError::invalid_parameter("kind"))?,
        value: body.value.clone(),
        details: body.details.clone(),
    };
    let tracking_number = state.citizen_requests().file(&tenant, citizen.account, &filing).await?;
    Ok(HttpResponse::Created().json(Filed { tracking_number }))
}
