//! A ministry's operations: its facilities and their sessions, and its registry brought in from another system.

pub mod error;
pub mod facilities;
pub mod registry_import;
pub mod sessions;

pub use error::OperationsError;
