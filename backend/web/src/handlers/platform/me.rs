//! `GET /platform/api/me`: the signed-in NHA administrator (the console asks on load whether its cookie still holds).

use actix_web::web;
use cowin_app::access::{NHA_ADMIN, ReadNhaProfile};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::extractors::Nha;

/// An NHA administrator.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct NhaProfile {
    /// Administrator id.
    id: Uuid,
    /// Display name.
    name: String,
    /// `nha_admin`.
    role: String,
}

/// The signed-in administrator.
#[utoipa::path(get, path = "/api/me", tag = "platform", security(("bearer" = [])),
    responses((status = 200, body = NhaProfile)))]
pub(crate) async fn me(nha: Nha<ReadNhaProfile>) -> web::Json<NhaProfile> {
    web::Json(NhaProfile {
        id: nha.id,
        name: nha.name.clone(),
        role: NHA_ADMIN.to_owned(),
    })
}
