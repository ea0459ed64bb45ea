//! A NUL character in a query parameter is refused (400 `INVALID_PARAMETER`, naming the parameter) before any
//! handler reads it: PostgreSQL cannot store or compare text holding one, so it would otherwise fail a query as a 500.
//! (A JSON body's `\u0000` reaches the database as text and is refused there; see `failure::database_code`.)

use actix_web::Error;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use cowin_app::failure::Refusal;

use crate::ApiError;

/// The first query parameter whose name or value holds a NUL, by name.
fn parameter_with_nul(query: &str) -> Option<String> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(query)
        .ok()?
        .into_iter()
        .find(|(name, value)| name.contains('\0') || value.contains('\0'))
        .map(|(name, _)| name.replace('\0', ""))
}

/// Refuses a request whose query string carries a NUL.
pub(crate) async fn refuse_nul_parameters(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    if req.query_string().contains("%00")
        && let Some(name) = parameter_with_nul(req.query_string())
    {
        return Ok(req.error_response(ApiError::from(Refusal::invalid_parameter(&name))));
    }
    next.call(req).await.map(ServiceResponse::map_into_boxed_body)
}

#[cfg(test)]
mod tests {
    use super::parameter_with_nul;

    #[test]
    fn the_parameter_holding_a_nul_is_named() {
        assert_eq!(parameter_with_nul("center_id=1&vaccine=%00%C2%A8").as_deref(), Some("vaccine"));
        assert_eq!(parameter_with_nul("center_id=1&vaccine=COVAXIN"), None);
    }
}
