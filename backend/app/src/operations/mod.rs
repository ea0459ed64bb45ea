//! A ministry's operations: its facilities and their sessions.

pub mod error;
pub mod facilities;
pub mod sessions;

pub use error::OperationsError;
