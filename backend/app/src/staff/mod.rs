//! Staff of a tenant: their accounts (sign-in, invitations, enabling), who they are to the use cases, and the
//! rows remembered between their requests.

pub mod accounts;
pub mod cache;
pub mod error;
pub mod invitations;
pub mod member;

pub use accounts::{StaffAccounts, StaffSession};
pub use error::StaffError;
pub use member::StaffMember;
