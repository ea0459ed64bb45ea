//! Citizens' data in a tenant schema: accounts, one-time passwords, beneficiaries, sessions, bookings.
//! Every function takes a [`crate::TenantTxn`], so it can only touch the tenant that transaction pins.

pub mod accounts;
pub mod availability;
pub mod beneficiaries;
pub mod booking;
pub mod canonical_documents;
pub mod demo_sessions;
pub mod otp;
pub mod registry_import;
pub mod requests;

use sea_orm::{DbErr, SqlErr};

/// Whether `error` is a violation of the unique index or constraint named `name`.
pub fn is_unique_violation(error: &DbErr, name: &str) -> bool {
    matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(message)) if message.contains(name))
}
