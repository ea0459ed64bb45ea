//! What a browser session (the console's, the portal's) answers when it opens: who signed in, and the CSRF token
//! the page repeats in the `X-CSRF-Token` header of every change.

use serde::Serialize;
use utoipa::ToSchema;

/// A session opened in a browser: the token is in an HttpOnly cookie, never in the answer.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct BrowserSession {
    /// The role it acts in.
    pub(crate) role: String,
    /// Display name.
    pub(crate) name: String,
    /// Repeat in the `X-CSRF-Token` header of every change (also in the readable `cowin_csrf` cookie).
    pub(crate) csrf_token: String,
}
