//! `POST /api/staff/requests/{tracking_number}/decision`: a tenant administrator approves or rejects a correction,
//! resolves or rejects a grievance.

use actix_web::{HttpResponse, web};
use cowin_app::access::Correct;
use cowin_app::vaccination::requests::Decision;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::extractors::{Staff, Tenant};
use crate::handlers::json_body::parse;
use crate::{ApiError, AppState};

/// Path parameters; a struct, so the `/t/{tenant}` segment is ignored.
#[derive(Debug, Deserialize)]
pub(crate) struct RequestPath {
    tracking_number: String,
}

/// The decision.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct DecisionBody {
    /// `true` approves a correction (the record is corrected and the certificates reissued) or resolves a
    /// grievance; `false` rejects.
    accept: bool,
    /// What the citizen is told, at most 1,000 characters.
    #[serde(default)]
    note: String,
}

/// Decides an open request; every decision is audited.
#[utoipa::path(post, path = "/api/staff/requests/{tracking_number}/decision", tag = "requests",
    params(("tracking_number" = String, Path, description = "The request's tracking number")),
    request_body = DecisionBody, security(("bearer" = [])), responses((status = 204, description = "Decided")))]
pub(crate) async fn decide(
    admin: Staff<Correct>,
    tenant: Tenant,
    state: web::Data<AppState>,
    path: web::Path<RequestPath>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: DecisionBody = parse(&body)?;
    let decision = Decision {
        accept: body.accept,
        note: body.note,
    };
    state
        .citizen_requests()
        .decide(&tenant, &admin, &path.tracking_number, &decision)
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
