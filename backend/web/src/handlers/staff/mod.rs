//! Staff accounts: login, invitations, enabling, one's own profile.

pub(crate) mod accept;
pub(crate) mod audit;
pub(crate) mod invite;
pub(crate) mod login;
pub(crate) mod me;
pub(crate) mod status;

/// Shortest password a staff member may choose.
const MIN_PASSWORD_LENGTH: usize = 12;
