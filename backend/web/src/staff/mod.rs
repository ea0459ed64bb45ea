//! Staff: tokens, the casbin policy, and the `Staff<A>` extractor that enforces it in one place.

pub mod access;
pub mod invitations;
pub mod policy;
pub mod staff_cache;
pub mod tokens;
