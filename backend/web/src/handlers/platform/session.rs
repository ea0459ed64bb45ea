//! `POST /platform/api/session` and `DELETE /platform/api/session`: the console's sign-in and sign-out for NHA. The
//! same check as `/platform/api/login`, but the token goes into an HttpOnly cookie scoped to `/platform`.

use actix_web::{HttpRequest, HttpResponse, web};
use cowin_app::tokens::NHA_TOKEN_TTL_SECONDS;

use super::login::NhaLogin;
use crate::extractors::Client;
use crate::handlers::browser_session::BrowserSession;
use crate::handlers::json_body::Json;
use crate::session_cookies;
use crate::{ApiError, AppState};

/// Signs in with the administrator's password; the session is in cookies.
#[utoipa::path(post, path = "/api/session", tag = "platform", request_body = NhaLogin,
    responses((status = 200, body = BrowserSession)))]
pub(crate) async fn open(
    req: HttpRequest,
    client: Client,
    state: web::Data<AppState>,
    body: Json<NhaLogin>,
) -> Result<HttpResponse, ApiError> {
    let session = state.nha_accounts().sign_in(&body.email, body.password.clone(), client.0).await?;
    let mut response = HttpResponse::Ok();
    let csrf_token = session_cookies::open(&req, &mut response, session.token, NHA_TOKEN_TTL_SECONDS);
    Ok(response.json(BrowserSession {
        role: session.role.to_owned(),
        name: session.name,
        csrf_token,
    }))
}

/// Signs out: the session's cookies are cleared.
#[utoipa::path(delete, path = "/api/session", tag = "platform",
    responses((status = 204, description = "Signed out")))]
pub(crate) async fn close(req: HttpRequest) -> HttpResponse {
    let mut response = HttpResponse::NoContent();
    session_cookies::close(&req, &mut response);
    response.finish()
}
