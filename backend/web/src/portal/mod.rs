//! The citizen portal: each country's own site, server-rendered (askama templates over `locales/` messages), served
//! at the root of the country's hostnames and under `/t/{code}/`. Every page is a thin adapter over the same
//! services as the API: it reads a form or query, calls one service, and renders a template or redirects. Every
//! flow works without scripts; `assets/portal.js` only adds the location search and the QR photo reader.
//!
//! Sessions are the API's citizen tokens in HttpOnly, SameSite=Strict cookies (Secure behind TLS); every form
//! carries the CSRF token its cookie holds; pages send a strict Content-Security-Policy and `no-store`; calls without
//! a session count against the public rate limit like the API's.

pub(crate) mod account;
pub(crate) mod appointments;
pub(crate) mod assets;
pub(crate) mod certificate;
mod failure;
pub(crate) mod home;
pub(crate) mod language;
pub(crate) mod members;
mod page;
pub(crate) mod requests;
mod session;
pub(crate) mod sign_in;
pub(crate) mod slots;
pub mod statistics;
pub(crate) mod verify;
