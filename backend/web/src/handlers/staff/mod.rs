//! Staff accounts: login, invitations, enabling, one's own profile, the tenant's audit log.

pub(crate) mod accept;
pub(crate) mod audit;
pub(crate) mod directory;
pub(crate) mod invite;
pub(crate) mod login;
pub(crate) mod me;
pub(crate) mod role;
pub(crate) mod session;
pub(crate) mod status;
