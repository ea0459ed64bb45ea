//! The licence guard: which tenants this deployment may serve, under the MoU terms.

pub mod events;
pub mod guard;
pub mod request_check;

pub use events::LicenceEvents;
pub use guard::{LicenceGuard, LicenceState};
