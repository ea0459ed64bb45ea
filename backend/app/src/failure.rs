//! How a use case's refusal reaches a client: a stable code, the values its message names, and how long to wait.
//! Every service has an error type of its own and says, by an exhaustive match, which code each of its refusals
//! is; the doors (the JSON API, the citizen site, the command line) present any of them the same way.

use cowin_core::{ErrorCode, MessageArg};
use sea_orm::DbErr;

/// A refusal as clients see it.
pub trait Failure: std::fmt::Display + std::fmt::Debug {
    /// The stable code.
    fn code(&self) -> ErrorCode;

    /// Values for the placeables of the code's message.
    fn arguments(&self) -> Vec<(&'static str, MessageArg)> {
        Vec::new()
    }

    /// Seconds the client should wait before trying again.
    fn retry_after(&self) -> Option<u64> {
        None
    }
}

/// The code of a database error: out of reach for now (503, the client may retry), text PostgreSQL cannot hold
/// (a NUL in a JSON string: the client's body, 400), or a fault of ours (500).
pub fn database_code(error: &DbErr) -> ErrorCode {
    if cowin_store::is_unavailable(error) {
        ErrorCode::Unavailable
    } else if cowin_store::is_unstorable_text(error) {
        ErrorCode::InvalidBody
    } else {
        ErrorCode::Internal
    }
}

/// The argument naming a parameter, for `INVALID_PARAMETER`.
pub fn parameter(name: &str) -> Vec<(&'static str, MessageArg)> {
    vec![("name", MessageArg::Text(name.to_owned()))]
}

/// A refusal that is only a code and its arguments, for use cases whose refusals are the code itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .code.as_str())]
pub struct Refusal {
    code: ErrorCode,
    arguments: Vec<(&'static str, MessageArg)>,
}

impl Refusal {
    /// A refusal with this code.
    pub fn new(code: ErrorCode) -> Self {
        Self {
            code,
            arguments: Vec::new(),
        }
    }

    /// A missing or malformed parameter, named.
    pub fn invalid_parameter(name: &str) -> Self {
        Self {
            code: ErrorCode::InvalidParameter,
            arguments: parameter(name),
        }
    }

    /// Adds a placeable value.
    pub fn with(mut self, name: &'static str, value: MessageArg) -> Self {
        self.arguments.push((name, value));
        self
    }
}

impl Failure for Refusal {
    fn code(&self) -> ErrorCode {
        self.code
    }

    fn arguments(&self) -> Vec<(&'static str, MessageArg)> {
        self.arguments.clone()
    }
}

impl From<ErrorCode> for Refusal {
    fn from(code: ErrorCode) -> Self {
        Self::new(code)
    }
}

/// A database error as a refusal: 503 while the database is out of reach, 500 otherwise.
impl Failure for DbErr {
    fn code(&self) -> ErrorCode {
        database_code(self)
    }
}
