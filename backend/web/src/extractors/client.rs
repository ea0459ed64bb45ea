//! `Client`: the caller's address, as the rate limits count it (the peer, or the entry a trusted proxy wrote).

use std::future::{Ready, ready};
use std::net::IpAddr;

use actix_web::{FromRequest, HttpRequest, dev::Payload, web};

use crate::{ApiError, AppState};

/// The caller's address, if known.
#[derive(Debug, Clone, Copy)]
pub struct Client(pub Option<IpAddr>);

impl Client {
    /// The address of the caller of `req`.
    pub fn of(req: &HttpRequest) -> Self {
        let peer = req.peer_addr().map(|address| address.ip());
        let forwarded = req.headers().get_all("x-forwarded-for").filter_map(|value| value.to_str().ok());
        Self(
            req.app_data::<web::Data<AppState>>()
                .and_then(|state| state.rate_limits.client_ip(peer, forwarded)),
        )
    }
}

impl FromRequest for Client {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(Self::of(req)))
    }
}
