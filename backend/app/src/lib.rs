//! The use cases of CoWIN Global, as services with their own error types.
//!
//! Each door onto the platform — the JSON API and the citizen site (`cowin-web`), the command line
//! (`cowin-server`) — extracts what a caller sent, calls one service here, and presents its answer or its
//! [`failure::Failure`]. Nothing here knows HTTP. A service borrows only what its use case needs; [`App`] holds
//! one of everything for the doors that serve requests and hands services out.

pub mod access;
pub mod availability;
pub mod booking;
pub mod certificates;
pub mod configuration;
pub mod contact;
pub mod delivery;
pub mod failure;
pub mod family;
pub mod gauges;
pub mod i18n;
pub mod licences;
pub mod locale_format;
pub mod operations;
pub mod passwords;
pub mod platform;
pub mod rate_limits;
pub mod reference;
pub mod reports;
pub mod sign_in;
pub mod sms_gateways;
pub mod staff;
pub mod tenants;
pub mod tokens;
pub mod vaccination;

mod app;

pub use app::App;
pub use failure::{Failure, Refusal};
