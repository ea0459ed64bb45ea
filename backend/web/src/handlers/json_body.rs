//! Reading a JSON body after authorisation. actix resolves a handler's extractors together, so with a
//! `web::Json` argument a malformed body could be refused (400) before `Staff<A>` refused the caller (403);
//! staff endpoints take the raw bytes and parse them here, once the caller is known to be allowed.

use cowin_core::ErrorCode;
use serde::de::DeserializeOwned;

use crate::ApiError;

/// Parses `bytes` as JSON of type `T`, or `INVALID_BODY`.
pub(crate) fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(bytes).map_err(|_| ApiError::new(ErrorCode::InvalidBody))
}
