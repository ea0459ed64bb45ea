//! `POST /api/staff/session` and `DELETE /api/staff/session`: the console's sign-in and sign-out. The same check as
//! `/api/staff/login`, but the token goes into an HttpOnly cookie scoped to this country, out of any script's reach.

use actix_web::{HttpRequest, HttpResponse, web};
use cowin_app::tokens::STAFF_TOKEN_TTL_SECONDS;

use super::login::Login;
use crate::extractors::{Client, Tenant};
use crate::handlers::browser_session::BrowserSession;
use crate::handlers::json_body::Json;
use crate::session_cookies;
use crate::{ApiError, AppState};

/// Signs in with the staff password; the session is in cookies.
#[utoipa::path(post, path = "/api/staff/session", tag = "staff", request_body = Login,
    responses((status = 200, body = BrowserSession)))]
pub(crate) async fn open(
    req: HttpRequest,
    tenant: Tenant,
    client: Client,
    state: web::Data<AppState>,
    body: Json<Login>,
) -> Result<HttpResponse, ApiError> {
    let session = state
        .staff_accounts()
        .sign_in(&tenant, &body.email, body.password.clone(), client.0)
        .await?;
    let mut response = HttpResponse::Ok();
    let csrf_token = session_cookies::open(&req, &mut response, session.token, STAFF_TOKEN_TTL_SECONDS);
    Ok(response.json(BrowserSession {
        role: session.role,
        name: session.name,
        csrf_token,
    }))
}

/// Signs out: the session's cookies are cleared.
#[utoipa::path(delete, path = "/api/staff/session", tag = "staff",
    responses((status = 204, description = "Signed out")))]
pub(crate) async fn close(req: HttpRequest) -> HttpResponse {
    let mut response = HttpResponse::NoContent();
    session_cookies::close(&req, &mut response);
    response.finish()
}
